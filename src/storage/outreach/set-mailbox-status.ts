// Pauses or resumes a mailbox of a workspace (another workspace's id changes nothing). A paused mailbox
// sends nothing and is not picked for new enrollments; resuming clears the last error.
import type { DB } from '../connect.ts';

export async function setMailboxStatus(
  db: DB,
  workspaceId: number,
  mailboxId: number,
  status: 'active' | 'paused',
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('mailboxes')
    .set({ status, updated_at: now, ...(status === 'active' ? { last_error: null } : {}) })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', mailboxId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
