import { AppError } from '../../core/app-error.ts';
import { seal } from '../../core/crypto/secret-box.ts';
import type { DB } from '../../storage/connect.ts';
import { STORE_PLATFORMS, storeConnector } from '../../connectors/stores/registry.ts';
import type { StorePlatform } from '../../storage/schema.ts';

export { STORE_PLATFORMS };

/** The associated-data label binding a sealed store secret to its workspace and platform. */
export const storeSecretLabel = (workspaceId: number, platform: StorePlatform) => `store:${workspaceId}:${platform}`;

/** Saves (or replaces) a workspace's store connection; the signing secret is stored encrypted only. */
export async function connectStore(
  db: DB,
  key: Buffer,
  workspaceId: number,
  platform: StorePlatform,
  secret: string,
  shop: string | null,
): Promise<{ id: number; replaced: boolean }> {
  if (secret.length === 0)
    throw new AppError('validation_failed', 'The webhook secret is empty', [{ path: 'secret', message: 'required' }]);
  const now = new Date().toISOString();
  const signing = storeConnector(platform)?.signingSecret(secret) ?? secret;
  const ciphertext = seal(key, signing, storeSecretLabel(workspaceId, platform));
  const existing = await db
    .selectFrom('store_connections')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('platform', '=', platform)
    .executeTakeFirst();
  if (existing) {
    await db
      .updateTable('store_connections')
      .set({ secret_ciphertext: ciphertext, shop, updated_at: now })
      .where('id', '=', existing.id)
      .execute();
    return { id: existing.id, replaced: true };
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
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), replaced: false };
}
