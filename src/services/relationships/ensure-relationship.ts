// The relationship of a workspace with a creator, started at the workspace's first stage when there is
// none yet (a creator added to a list or moved on the board starts one). Call inside a transaction.
import { notFound } from '../../core/app-error.ts';
import { firstStage } from '../../core/relationships/stages.ts';
import type { DB } from '../../storage/connect.ts';
import { loadStages } from '../../storage/relationships/pipeline-stages.ts';
import { recordEvent } from '../../storage/relationships/record-event.ts';
import type { RelationshipsTable } from '../../storage/schema.ts';
import type { Selectable } from 'kysely';

export type Relationship = Selectable<RelationshipsTable>;

export async function ensureRelationship(
  db: DB,
  workspaceId: number,
  creatorId: number,
  actorUserId: number | null,
  /** When it starts (a stage move that starts it passes its own time, so the timeline reads in order). */
  now = new Date().toISOString(),
): Promise<Relationship> {
  const existing = await db
    .selectFrom('relationships')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('creator_id', '=', creatorId)
    .executeTakeFirst();
  if (existing) return { ...existing, id: Number(existing.id) };
  const creator = await db.selectFrom('creators').select('id').where('id', '=', creatorId).executeTakeFirst();
  if (!creator) throw notFound(`Creator ${creatorId}`);
  const stage = firstStage(await loadStages(db, workspaceId));
  const inserted = await db
    .insertInto('relationships')
    .values({
      workspace_id: workspaceId,
      creator_id: creatorId,
      stage,
      owner_user_id: null,
      stage_changed_at: now,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'creator_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
  // Another request started it between our read and our write: theirs stands.
  if (!inserted) return ensureRelationship(db, workspaceId, creatorId, actorUserId, now);
  const relationship = { ...inserted, id: Number(inserted.id) };
  await recordEvent(db, {
    workspaceId,
    relationshipId: relationship.id,
    kind: 'relationship_started',
    actorUserId,
    details: { stage },
    at: now,
  });
  return relationship;
}
