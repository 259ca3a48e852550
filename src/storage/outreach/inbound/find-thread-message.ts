// The workspace's own message an email answers: the first of the candidate ids (In-Reply-To, then
// References nearest first) that is a message of this workspace. Another workspace's ids never match.
import type { DB } from '../../connect.ts';

export interface ThreadMatch {
  messageId: string;
  creatorId: number | null;
  enrollmentId: number | null;
  threadRoot: string;
}

export async function findThreadMessage(
  db: DB,
  workspaceId: number,
  candidates: string[],
): Promise<ThreadMatch | null> {
  if (candidates.length === 0) return null;
  const rows = await db
    .selectFrom('outreach_messages')
    .select(['message_id', 'creator_id', 'enrollment_id', 'thread_root'])
    .where('workspace_id', '=', workspaceId)
    .where('message_id', 'in', candidates.slice(0, 100))
    .execute();
  for (const id of candidates) {
    const row = rows.find((r) => r.message_id === id);
    if (row)
      return {
        messageId: row.message_id,
        creatorId: row.creator_id === null ? null : Number(row.creator_id),
        enrollmentId: row.enrollment_id === null ? null : Number(row.enrollment_id),
        threadRoot: row.thread_root,
      };
  }
  return null;
}
