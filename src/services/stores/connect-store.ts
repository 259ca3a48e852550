import { AppError } from '../../core/app-error.ts';
import { seal } from '../../core/crypto/secret-box.ts';
import type { DB } from '../../storage/connect.ts';
import { STORE_PLATFORMS, storeConnector } from '../../connectors/stores/registry.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import type { StoreAdmin } from '../../connectors/stores/store-admin.ts';

export { STORE_PLATFORMS };

/** The associated-data label binding a sealed store secret to its workspace and platform. */
export const storeSecretLabel = (workspaceId: number, platform: StorePlatform) => `store:${workspaceId}:${platform}`;

/** The associated-data label binding sealed Admin API credentials to their workspace and platform. */
export const storeAdminLabel = (workspaceId: number, platform: StorePlatform) =>
  `store-admin:${workspaceId}:${platform}`;

const connectAgain = (platform: StorePlatform, workspace: string, admin: string) =>
  `connect the store again from this installation (same MICROREACH_DATA_DIR as the server): microreach store connect ${platform} --workspace ${workspace} --secret …${admin}`;

/** A store's webhook signing secret, named for an error that cannot open it (services/secrets/open-sealed-secret.ts). */
export const storeSecretSubject = (storeId: number, platform: StorePlatform, workspace: string) => ({
  what: `the webhook signing secret of store ${storeId} (${platform}, workspace ${workspace})`,
  remedy: connectAgain(platform, workspace, ''),
});

/** The `store connect` flags of a platform's Admin API credentials: each credential field as a flag (admin_token → --admin-token). */
export const adminFlags = (platform: StorePlatform) =>
  (storeConnector(platform)?.admin.credentialFields ?? []).map((f) => ` --${f.replaceAll('_', '-')} …`).join('');

/** A store's Admin API credentials, named for an error that cannot open them. */
export const storeAdminSubject = (storeId: number, platform: StorePlatform, workspace: string) => ({
  what: `the Admin API credentials of store ${storeId} (${platform}, workspace ${workspace})`,
  remedy: connectAgain(platform, workspace, adminFlags(platform)),
});

/** Admin API access for creating discount codes: the URL (null = derived from the shop) and credentials. */
export interface AdminAccess {
  url: string | null;
  credentials: Record<string, string>;
}

/**
 * Saves (or replaces) a workspace's store connection; the signing secret and the Admin API credentials
 * are stored encrypted only. Without `admin`, Admin API access already stored is kept.
 */
export async function connectStore(
  db: DB,
  key: Buffer,
  workspaceId: number,
  platform: StorePlatform,
  secret: string,
  shop: string | null,
  admin?: AdminAccess,
): Promise<{ id: number; replaced: boolean; adminUrl: string | null }> {
  if (secret.length === 0)
    throw new AppError('validation_failed', 'The webhook secret is empty', [{ path: 'secret', message: 'required' }]);
  const now = new Date().toISOString();
  const connector = storeConnector(platform);
  const signing = connector?.signingSecret(secret) ?? secret;
  const ciphertext = seal(key, signing, storeSecretLabel(workspaceId, platform));
  const adminColumns: { admin_url?: string; admin_ciphertext?: string } =
    admin && connector ? sealAdmin(key, workspaceId, platform, shop, admin, connector.admin) : {};
  const existing = await db
    .selectFrom('store_connections')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('platform', '=', platform)
    .executeTakeFirst();
  if (existing) {
    await db
      .updateTable('store_connections')
      .set({ secret_ciphertext: ciphertext, shop, updated_at: now, ...adminColumns })
      .where('id', '=', existing.id)
      .execute();
    return { id: existing.id, replaced: true, adminUrl: adminColumns.admin_url ?? null };
  }
  const row = await db
    .insertInto('store_connections')
    .values({
      workspace_id: workspaceId,
      platform,
      shop,
      secret_ciphertext: ciphertext,
      created_at: now,
      updated_at: now,
      ...adminColumns,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), replaced: false, adminUrl: adminColumns.admin_url ?? null };
}

function sealAdmin(
  key: Buffer,
  workspaceId: number,
  platform: StorePlatform,
  shop: string | null,
  admin: AdminAccess,
  storeAdmin: StoreAdmin,
): { admin_url: string; admin_ciphertext: string } {
  const missing = storeAdmin.credentialFields.filter((f) => !admin.credentials[f]);
  if (missing.length > 0)
    throw new AppError(
      'validation_failed',
      `The ${platform} Admin API access needs ${missing.join(' and ')}`,
      missing.map((f) => ({ path: f, message: 'required' })),
    );
  const url = admin.url ?? storeAdmin.defaultAdminUrl(shop);
  if (!url)
    throw new AppError('validation_failed', `Give the ${platform} admin URL, or the shop domain to derive it from`, [
      { path: 'admin_url', message: 'required without a shop domain' },
    ]);
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
    throw new AppError('validation_failed', `"${url}" is not an http(s) URL`, [
      { path: 'admin_url', message: 'not a URL' },
    ]);
  const credentials = Object.fromEntries(storeAdmin.credentialFields.map((f) => [f, admin.credentials[f]!]));
  return {
    admin_url: url,
    admin_ciphertext: seal(key, JSON.stringify(credentials), storeAdminLabel(workspaceId, platform)),
  };
}
