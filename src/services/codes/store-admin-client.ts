// The Admin API client of a workspace's connected store, from its sealed credentials; null (with the
// reason) when no store of the workspace has Admin API access.
import type { StoreAdminClient } from '../../connectors/stores/store-admin.ts';
import type { FetchFn } from '../../connectors/http/get-json.ts';
import type { DB } from '../../storage/connect.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import { openStoreAdmin } from '../stores/open-store-admin.ts';

export interface StoreClientOptions {
  fetch?: FetchFn;
  timeoutMs?: number;
}

export async function storeAdminClient(
  db: DB,
  key: Buffer,
  workspaceId: number,
  options: StoreClientOptions = {},
): Promise<{ platform: StorePlatform; client: StoreAdminClient } | { reason: string }> {
  const store = await openStoreAdmin(db, key, workspaceId);
  if ('reason' in store) return store;
  return {
    platform: store.platform,
    client: store.connector.admin.client({ adminUrl: store.adminUrl, credentials: store.credentials, ...options }),
  };
}
