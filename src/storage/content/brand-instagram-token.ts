// The brand's Instagram token of a workspace (0025), stored sealed; one per workspace, replaced on reconnect.
import type { DB } from '../connect.ts';

export async function saveBrandInstagramToken(db: DB, workspaceId: number, ciphertext: string, now: string) {
  const row = await db
    .insertInto('brand_instagram_tokens')
    .values({ workspace_id: workspaceId, access_ciphertext: ciphertext, connected_at: now })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ access_ciphertext: ciphertext, connected_at: now }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** The sealed token, or undefined when the workspace has connected none. */
export async function findBrandInstagramToken(db: DB, workspaceId: number) {
  return db
    .selectFrom('brand_instagram_tokens')
    .select(['access_ciphertext', 'connected_at'])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}
