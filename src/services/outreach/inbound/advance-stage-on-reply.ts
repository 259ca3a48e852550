// A reply moves the creator to `replied` when she was still at the start of the pipeline (prospect or
// contacted); a creator already negotiating or further on stays where she is. A workspace whose own
// stages have no `replied` keeps its stages untouched.
import type { DB } from '../../../storage/connect.ts';
import { loadStages } from '../../../storage/relationships/pipeline-stages.ts';
import { recordEvent } from '../../../storage/relationships/record-event.ts';
import { ensureRelationship } from '../../relationships/ensure-relationship.ts';

const EARLY_STAGES = ['prospect', 'contacted'];

export async function advanceStageOnReply(
  db: DB,
  workspaceId: number,
  creatorId: number,
  now: string,
): Promise<boolean> {
  if (!(await loadStages(db, workspaceId)).includes('replied')) return false;
  const r = await ensureRelationship(db, workspaceId, creatorId, null);
  if (!EARLY_STAGES.includes(r.stage)) return false;
  await db
    .updateTable('relationships')
    .set({ stage: 'replied', stage_changed_at: now, updated_at: now })
    .where('id', '=', r.id)
    .where('stage', '=', r.stage)
    .execute();
  await recordEvent(db, {
    workspaceId,
    relationshipId: r.id,
    kind: 'stage_changed',
    actorUserId: null,
    details: { from: r.stage, to: 'replied', because: 'email_reply' },
    at: now,
  });
  return true;
}
