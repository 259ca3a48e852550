// The seeding client (catalog, gift orders) of a workspace's connected store, from its sealed Admin API
// credentials: the same connection the discount codes use.
import { storeConnector } from '../../connectors/stores/registry.ts';
import type { StoreSeedingClient } from '../../connectors/stores/store-seeding.ts';
import { AppError } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import type { StoreClientOptions } from '../codes/store-admin-client.ts';
import { openSealedSecret } from '../secrets/open-sealed-secret.ts';
import { storeAdminLabel, storeAdminSubject } from '../stores/connect-store.ts';

export async function seedingClientOf(
  db: DB,
  key: Buffer,
  workspaceId: number,
  options: StoreClientOptions = {},
): Promise<{ platform: StorePlatform; client: StoreSeedingClient }> {
  const row = await db
    .selectFrom('store_connections')
    .innerJoin('workspaces', 'workspaces.id', 'store_connections.workspace_id')
    .select(['store_connections.id', 'platform', 'admin_url', 'admin_ciphertext', 'workspaces.slug'])
    .where('store_connections.workspace_id', '=', workspaceId)
    .where('admin_ciphertext', 'is not', null)
    .orderBy('store_connections.id')
    .executeTakeFirst();
  if (!row?.admin_url || !row.admin_ciphertext)
    throw new AppError(
      'conflict',
      'No store with Admin API access is connected (microreach store connect … --admin-token / --consumer-key)',
    );
  const connector = storeConnector(row.platform);
  if (!connector) throw new AppError('conflict', `Unknown store platform ${row.platform}`);
  const sealed = openSealedSecret(
    key,
    row.admin_ciphertext,
    storeAdminLabel(workspaceId, row.platform),
    storeAdminSubject(Number(row.id), row.platform, row.slug),
  );
  const credentials = JSON.parse(sealed) as Record<string, string>;
  return {
    platform: row.platform,
    client: connector.seeding.client({ adminUrl: row.admin_url, credentials, ...options }),
  };
}
