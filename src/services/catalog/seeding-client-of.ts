// The seeding client (catalog, gift orders) of a workspace's connected store, from its sealed Admin API
// credentials: the same connection the discount codes use.
import type { StoreSeedingClient } from '../../connectors/stores/store-seeding.ts';
import { AppError } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import type { StoreClientOptions } from '../codes/store-admin-client.ts';
import { openStoreAdmin } from '../stores/open-store-admin.ts';

export async function seedingClientOf(
  db: DB,
  key: Buffer,
  workspaceId: number,
  options: StoreClientOptions = {},
): Promise<{ platform: StorePlatform; client: StoreSeedingClient }> {
  const store = await openStoreAdmin(db, key, workspaceId);
  if ('reason' in store) throw new AppError('conflict', store.reason.charAt(0).toUpperCase() + store.reason.slice(1));
  return {
    platform: store.platform,
    client: store.connector.seeding.client({ adminUrl: store.adminUrl, credentials: store.credentials, ...options }),
  };
}
