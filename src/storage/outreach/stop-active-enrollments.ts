// Ends every active enrollment of a creator in a workspace, returning which ones (to record why).
import type { DB } from '../connect.ts';

export async function stopActiveEnrollments(
  db: DB,
  o: { workspaceId: number; creatorId: number; status: string; now: string },
): Promise<{ id: number; sequenceId: number; sequence: string }[]> {
  const active = await db
    .selectFrom('sequence_enrollments as e')
    .innerJoin('sequences as s', 's.id', 'e.sequence_id')
    .select(['e.id', 'e.sequence_id', 's.name'])
    .where('e.workspace_id', '=', o.workspaceId)
    .where('e.creator_id', '=', o.creatorId)
    .where('e.status', '=', 'active')
    .execute();
  if (active.length === 0) return [];
  await db
    .updateTable('sequence_enrollments')
    .set({ status: o.status, stop_reason: o.status, next_due_at: null, updated_at: o.now })
    .where(
      'id',
      'in',
      active.map((a) => a.id),
    )
    .where('status', '=', 'active')
    .execute();
  return active.map((a) => ({ id: Number(a.id), sequenceId: Number(a.sequence_id), sequence: a.name }));
}
