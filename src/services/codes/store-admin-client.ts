// The Admin API client of a workspace's connected store, from its sealed credentials; null (with the
// reason) when no store of the workspace has Admin API access.
import { storeConnector } from '../../connectors/stores/registry.ts';
import type { StoreAdminClient } from '../../connectors/stores/store-admin.ts';
import type { FetchFn } from '../../connectors/http/get-json.ts';
import type { DB } from '../../storage/connect.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import { openSealedSecret } from '../secrets/open-sealed-secret.ts';
import { storeAdminLabel, storeAdminSubject } from '../stores/connect-store.ts';

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
  const row = await db
    .selectFrom('store_connections')
    .innerJoin('workspaces', 'workspaces.id', 'store_connections.workspace_id')
    .select(['store_connections.id', 'platform', 'admin_url', 'admin_ciphertext', 'workspaces.slug'])
    .where('store_connections.workspace_id', '=', workspaceId)
    .where('admin_ciphertext', 'is not', null)
    .orderBy('store_connections.id')
    .executeTakeFirst();
  if (!row?.admin_url || !row.admin_ciphertext)
    return {
      reason: 'no store with Admin API access is connected (microreach store connect … --admin-token / --consumer-key)',
    };
  const connector = storeConnector(row.platform);
  if (!connector) return { reason: `unknown store platform ${row.platform}` };
  const sealed = openSealedSecret(
    key,
    row.admin_ciphertext,
    storeAdminLabel(workspaceId, row.platform),
    storeAdminSubject(Number(row.id), row.platform, row.slug),
  );
  const credentials = JSON.parse(sealed) as Record<string, string>;
  return {
    platform: row.platform,
    client: connector.admin.client({ adminUrl: row.admin_url, credentials, ...options }),
  };
}
