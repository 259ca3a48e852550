// A workspace's named briefs: listed by name, saved by name (saving again under a name replaces its
// brief), deleted by id. Every query is scoped by the workspace.
import type { DB } from '../connect.ts';

export async function listSavedBriefs(db: DB, workspaceId: number) {
  return db
    .selectFrom('saved_briefs')
    .select(['id', 'name', 'brief', 'created_at', 'updated_at'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
}

/** Inserts or replaces the brief saved under `name`; `created` says which. */
export async function saveBrief(
  db: DB,
  workspaceId: number,
  name: string,
  brief: string,
): Promise<{ id: number; created: boolean }> {
  return db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const existing = await trx
      .selectFrom('saved_briefs')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('name', '=', name)
      .executeTakeFirst();
    if (existing) {
      await trx.updateTable('saved_briefs').set({ brief, updated_at: now }).where('id', '=', existing.id).execute();
      return { id: Number(existing.id), created: false };
    }
    const row = await trx
      .insertInto('saved_briefs')
      .values({ workspace_id: workspaceId, name, brief, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: Number(row.id), created: true };
  });
}

/** true when a brief of this workspace was deleted. */
export async function deleteSavedBrief(db: DB, workspaceId: number, id: number): Promise<boolean> {
  const result = await db
    .deleteFrom('saved_briefs')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
