// A member records that a creator asked not to be contacted (by phone, in a DM…). The opt-out holds for
// the whole workspace; her relationship moves to "opted_out" when the workspace has that stage, so the
// board shows it. Outreach records the opt-outs it receives itself (storage/relationships/opt-outs.ts).
import type { DB } from '../../storage/connect.ts';
import { loadStages } from '../../storage/relationships/pipeline-stages.ts';
import { recordOptOut } from '../../storage/relationships/opt-outs.ts';
import { setStage, type Who } from './change-relationship.ts';
import { ensureRelationship } from './ensure-relationship.ts';

export const OPTED_OUT_STAGE = 'opted_out';

/** `created` is false when she had already opted out (the first opt-out is kept). */
export async function optOutCreator(
  db: DB,
  who: Who,
  creatorId: number,
  input: { reason: string; email?: string | null },
): Promise<{ created: boolean }> {
  const created = await db.transaction().execute(async (trx) => {
    await ensureRelationship(trx, who.workspaceId, creatorId, who.userId);
    return recordOptOut(trx, {
      workspaceId: who.workspaceId,
      creatorId,
      email: input.email ?? null,
      reason: input.reason,
      source: 'manual',
      now: new Date().toISOString(),
    });
  });
  if ((await loadStages(db, who.workspaceId)).includes(OPTED_OUT_STAGE))
    await setStage(db, who, creatorId, OPTED_OUT_STAGE);
  return { created };
}
