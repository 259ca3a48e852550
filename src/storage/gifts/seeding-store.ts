import type { DB } from '../connect.ts';
import type { StorePlatform } from '../schema.ts';

/** The store gifts are ordered from and the catalog read from (the first with Admin API access), or null. */
export async function seedingStore(db: DB, workspaceId: number): Promise<StorePlatform | null> {
  const row = await db
    .selectFrom('store_connections')
    .select('platform')
    .where('workspace_id', '=', workspaceId)
    .where('admin_ciphertext', 'is not', null)
    .where('admin_url', 'is not', null)
    .orderBy('id')
    .executeTakeFirst();
  return row?.platform ?? null;
}
