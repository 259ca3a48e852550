// A workspace's store connection with Admin API access, its credentials opened: what the discount-code
// client (codes/store-admin-client.ts) and the seeding client (catalog/seeding-client-of.ts) are built from.
import { storeConnector } from '../../connectors/stores/registry.ts';
import type { StoreConnector } from '../../connectors/stores/store-connector.ts';
import type { DB } from '../../storage/connect.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import { openSealedSecret } from '../secrets/open-sealed-secret.ts';
import { adminFlags, STORE_PLATFORMS, storeAdminLabel, storeAdminSubject } from './connect-store.ts';

// Each platform's flags from its connector's credential fields (connect-store.ts), not written out here.
const NO_ADMIN_ACCESS = `no store with Admin API access is connected (microreach store connect …${STORE_PLATFORMS.map(
  (p) => adminFlags(p),
).join(' /')})`;

export interface OpenedStoreAdmin {
  platform: StorePlatform;
  connector: StoreConnector;
  adminUrl: string;
  credentials: Record<string, string>;
}

/** The workspace's first store with Admin API access, or the reason there is none. */
export async function openStoreAdmin(
  db: DB,
  key: Buffer,
  workspaceId: number,
): Promise<OpenedStoreAdmin | { reason: string }> {
  const row = await db
    .selectFrom('store_connections')
    .innerJoin('workspaces', 'workspaces.id', 'store_connections.workspace_id')
    .select(['store_connections.id', 'platform', 'admin_url', 'admin_ciphertext', 'workspaces.slug'])
    .where('store_connections.workspace_id', '=', workspaceId)
    .where('admin_ciphertext', 'is not', null)
    .orderBy('store_connections.id')
    .executeTakeFirst();
  if (!row?.admin_url || !row.admin_ciphertext) return { reason: NO_ADMIN_ACCESS };
  const connector = storeConnector(row.platform);
  if (!connector) return { reason: `unknown store platform ${row.platform}` };
  const sealed = openSealedSecret(
    key,
    row.admin_ciphertext,
    storeAdminLabel(workspaceId, row.platform),
    storeAdminSubject(Number(row.id), row.platform, row.slug),
  );
  return {
    platform: row.platform,
    connector,
    adminUrl: row.admin_url,
    credentials: JSON.parse(sealed) as Record<string, string>,
  };
}
