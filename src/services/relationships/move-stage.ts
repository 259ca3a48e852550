// Moves one relationship to a stage inside the CALLER's transaction (or savepoint): the row, its timeline event,
// the stop of her sequences and the outgoing `relationship.stage_changed` event commit or roll back together with
// the change that caused the move (a person on the board, a shipped gift inside the webhook's transaction).
// `stage` must already be a key of the workspace (core/relationships/stages.ts checkStage).
import type { DB } from '../../storage/connect.ts';
import { recordEvent } from '../../storage/relationships/record-event.ts';
import { stopEnrollments } from '../outreach/stop-enrollments.ts';
import { emitEvent } from '../webhooks/emit-event.ts';
import { ensureRelationship, type Relationship } from './ensure-relationship.ts';

export interface StageMover {
  workspaceId: number;
  /** null: the system (a store delivery, the CLI). */
  userId: number | null;
}

/** `because`: why the system moved her (kept in the timeline event), absent for a person's move. */
export async function moveStage(
  trx: DB,
  who: StageMover,
  creatorId: number,
  key: string,
  now: string,
  opts: { because?: object; onlyFrom?: (current: Relationship) => boolean } = {},
): Promise<Relationship & { changed: boolean }> {
  const r = await ensureRelationship(trx, who.workspaceId, creatorId, who.userId, now);
  if (r.stage === key || (opts.onlyFrom && !opts.onlyFrom(r))) return { ...r, changed: false };
  await trx
    .updateTable('relationships')
    .set({ stage: key, stage_changed_at: now, updated_at: now })
    .where('id', '=', r.id)
    .execute();
  await recordEvent(trx, {
    workspaceId: who.workspaceId,
    relationshipId: r.id,
    kind: 'stage_changed',
    actorUserId: who.userId,
    details: { from: r.stage, to: key, ...opts.because },
    at: now,
  });
  // She moved on: the sequence written for her old stage stops (issue 13).
  await stopEnrollments(trx, { workspaceId: who.workspaceId, creatorId, reason: 'stage_changed', now });
  await emitEvent(
    trx,
    who.workspaceId,
    'relationship.stage_changed',
    { relationship_id: r.id, creator_id: creatorId, from: r.stage, to: key, changed_by_user_id: who.userId },
    new Date(now),
  );
  return { ...r, stage: key, stage_changed_at: now, changed: true };
}
