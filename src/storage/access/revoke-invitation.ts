import type { DB } from '../connect.ts';

/** Revokes an open invitation of the workspace; false when there is no such open invitation. */
export async function revokeInvitation(db: DB, workspaceId: number, id: number): Promise<boolean> {
  const done = await db
    .updateTable('invitations')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) > 0;
}
