// The seeding client (catalog, gift orders) of a workspace's connected store, from its sealed Admin API
// credentials: the same connection the discount codes use.
import { storeConnector } from '../../connectors/stores/registry.ts';
import type { StoreSeedingClient } from '../../connectors/stores/store-seeding.ts';
import { AppError } from '../../core/app-error.ts';
import { open } from '../../core/crypto/secret-box.ts';
import type { DB } from '../../storage/connect.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import type { StoreClientOptions } from '../codes/store-admin-client.ts';
import { storeAdminLabel } from '../stores/connect-store.ts';

export async function seedingClientOf(
  db: DB,
  key: Buffer,
  workspaceId: number,
  options: StoreClientOptions = {},
): Promise<{ platform: StorePlatform; client: StoreSeedingClient }> {
  const row = await db
    .selectFrom('store_connections')
    .select(['platform', 'admin_url', 'admin_ciphertext'])
    .where('workspace_id', '=', workspaceId)
    .where('admin_ciphertext', 'is not', null)
    .orderBy('id')
    .executeTakeFirst();
  if (!row?.admin_url || !row.admin_ciphertext)
    throw new AppError(
      'conflict',
      'No store with Admin API access is connected (microreach store connect … --admin-token / --consumer-key)',
    );
  const connector = storeConnector(row.platform);
  if (!connector) throw new AppError('conflict', `Unknown store platform ${row.platform}`);
  const credentials = JSON.parse(open(key, row.admin_ciphertext, storeAdminLabel(workspaceId, row.platform))) as Record<
    string,
    string
  >;
  return {
    platform: row.platform,
    client: connector.seeding.client({ adminUrl: row.admin_url, credentials, ...options }),
  };
}
