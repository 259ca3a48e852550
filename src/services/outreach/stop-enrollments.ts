// A creator leaves every active sequence of the workspace: she replied, bounced, opted out, or a person
// moved her to another stage (then the sequence's next steps no longer fit). Queued send jobs stay in the
// queue but find the enrollment stopped and send nothing. Each sequence left is a timeline event.
// Pass a transaction to make the leave part of the change that caused it.
import type { DB } from '../../storage/connect.ts';
import { stopActiveEnrollments } from '../../storage/outreach/stop-active-enrollments.ts';
import { recordEvent } from '../../storage/relationships/record-event.ts';
import { ensureRelationship } from '../relationships/ensure-relationship.ts';

export type LeaveReason = 'replied' | 'bounced' | 'opted_out' | 'stage_changed';

export interface StopEnrollmentsInput {
  workspaceId: number;
  creatorId: number;
  reason: LeaveReason;
  now: string;
}

/** How many enrollments were stopped (0 when she was in no active sequence). */
export async function stopEnrollments(db: DB, o: StopEnrollmentsInput): Promise<number> {
  const stopped = await stopActiveEnrollments(db, {
    workspaceId: o.workspaceId,
    creatorId: o.creatorId,
    status: o.reason,
    now: o.now,
  });
  if (stopped.length === 0) return 0;
  const relationship = await ensureRelationship(db, o.workspaceId, o.creatorId, null);
  for (const s of stopped)
    await recordEvent(db, {
      workspaceId: o.workspaceId,
      relationshipId: relationship.id,
      kind: 'sequence_left',
      actorUserId: null,
      details: { enrollment_id: s.id, sequence_id: s.sequenceId, sequence: s.sequence, reason: o.reason },
      at: o.now,
    });
  return stopped.length;
}
