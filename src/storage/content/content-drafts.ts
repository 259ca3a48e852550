// Drafts submitted for approval and their comments (0017); every query is scoped to the workspace.
import type { Insertable } from 'kysely';
import type { DB } from '../connect.ts';
import type { ContentDraftsTable } from '../schema.ts';

export async function insertDraft(db: DB, row: Insertable<ContentDraftsTable>): Promise<number> {
  const { id } = await db.insertInto('content_drafts').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(id);
}

export const findDraft = (db: DB, workspaceId: number, id: number) =>
  db
    .selectFrom('content_drafts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();

/** The drafts of some enrollments (one campaign's, or one creator's), newest first. */
export const listDrafts = (db: DB, workspaceId: number, enrollmentIds: number[]) =>
  enrollmentIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('content_drafts')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('enrollment_id', 'in', enrollmentIds)
        .orderBy('id', 'desc')
        .execute();

export async function insertDraftComment(
  db: DB,
  row: {
    draftId: number;
    workspaceId: number;
    author: 'creator' | 'brand';
    userId: number | null;
    body: string;
    now: string;
  },
) {
  await db
    .insertInto('draft_comments')
    .values({
      draft_id: row.draftId,
      workspace_id: row.workspaceId,
      author: row.author,
      user_id: row.userId,
      body: row.body,
      created_at: row.now,
    })
    .execute();
}

export const listDraftComments = (db: DB, workspaceId: number, draftIds: number[]) =>
  draftIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('draft_comments')
        .select(['id', 'draft_id', 'author', 'body', 'created_at'])
        .where('workspace_id', '=', workspaceId)
        .where('draft_id', 'in', draftIds)
        .orderBy('id')
        .execute();
