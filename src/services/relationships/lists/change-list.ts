// Create, rename and delete a workspace's creator lists (names are unique within a workspace).
import { AppError } from '../../../core/app-error.ts';
import type { DB } from '../../../storage/connect.ts';
import { findList } from '../../../storage/relationships/creator-lists.ts';

async function refuseTakenName(db: DB, workspaceId: number, name: string, exceptId?: number) {
  let q = db.selectFrom('creator_lists').select('id').where('workspace_id', '=', workspaceId).where('name', '=', name);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst())
    throw new AppError('conflict', `A list named "${name}" already exists`, [
      { path: 'name', message: 'already used' },
    ]);
}

export async function createList(db: DB, workspaceId: number, name: string, userId: number | null) {
  await refuseTakenName(db, workspaceId, name);
  const now = new Date().toISOString();
  const row = await db
    .insertInto('creator_lists')
    .values({ workspace_id: workspaceId, name, created_by: userId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return findList(db, workspaceId, Number(row.id));
}

export async function renameList(db: DB, workspaceId: number, listId: number, name: string) {
  await findList(db, workspaceId, listId);
  await refuseTakenName(db, workspaceId, name, listId);
  await db
    .updateTable('creator_lists')
    .set({ name, updated_at: new Date().toISOString() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', listId)
    .execute();
  return findList(db, workspaceId, listId);
}

/** Deletes the list and its memberships; the creators' relationships and timelines stay. */
export async function deleteList(db: DB, workspaceId: number, listId: number): Promise<void> {
  await findList(db, workspaceId, listId);
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('creator_list_members')
      .where('workspace_id', '=', workspaceId)
      .where('list_id', '=', listId)
      .execute();
    await trx.deleteFrom('creator_lists').where('workspace_id', '=', workspaceId).where('id', '=', listId).execute();
  });
}
