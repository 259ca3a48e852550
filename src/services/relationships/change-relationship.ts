// Changes to one relationship, each with its timeline event in the same transaction: stage (checked
// against the workspace's stages), owner (a member of the workspace), tags.
import { AppError } from '../../core/app-error.ts';
import { checkStage } from '../../core/relationships/stages.ts';
import type { DB } from '../../storage/connect.ts';
import { loadStages } from '../../storage/relationships/pipeline-stages.ts';
import { recordEvent } from '../../storage/relationships/record-event.ts';
import { ensureRelationship } from './ensure-relationship.ts';
import { moveStage } from './move-stage.ts';

export interface Who {
  workspaceId: number;
  userId: number | null;
}

/** A person (or the CLI) moves her to any stage of the workspace, in a transaction of its own. */
export async function setStage(db: DB, who: Who, creatorId: number, stage: string) {
  const key = checkStage(await loadStages(db, who.workspaceId), stage);
  return db.transaction().execute((trx) => moveStage(trx, who, creatorId, key, new Date().toISOString()));
}

export async function requireMember(db: DB, workspaceId: number, userId: number, path: string): Promise<void> {
  const member = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!member)
    throw new AppError('validation_failed', `User ${userId} is not a member of this workspace`, [
      { path, message: 'not a member' },
    ]);
}

export async function setOwner(db: DB, who: Who, creatorId: number, ownerUserId: number | null) {
  if (ownerUserId !== null) await requireMember(db, who.workspaceId, ownerUserId, 'owner_user_id');
  await db.transaction().execute(async (trx) => {
    const r = await ensureRelationship(trx, who.workspaceId, creatorId, who.userId);
    if (r.owner_user_id !== null && Number(r.owner_user_id) === ownerUserId) return;
    if (r.owner_user_id === null && ownerUserId === null) return;
    await trx
      .updateTable('relationships')
      .set({ owner_user_id: ownerUserId, updated_at: new Date().toISOString() })
      .where('id', '=', r.id)
      .execute();
    await recordEvent(trx, {
      workspaceId: who.workspaceId,
      relationshipId: r.id,
      kind: 'owner_changed',
      actorUserId: who.userId,
      details: { owner_user_id: ownerUserId },
    });
  });
}

export async function setTags(db: DB, who: Who, creatorId: number, tags: string[]) {
  const unique = [...new Set(tags)].sort();
  await db.transaction().execute(async (trx) => {
    const r = await ensureRelationship(trx, who.workspaceId, creatorId, who.userId);
    if (r.tags === JSON.stringify(unique)) return;
    await trx
      .updateTable('relationships')
      .set({ tags: JSON.stringify(unique), updated_at: new Date().toISOString() })
      .where('id', '=', r.id)
      .execute();
    await recordEvent(trx, {
      workspaceId: who.workspaceId,
      relationshipId: r.id,
      kind: 'tags_changed',
      actorUserId: who.userId,
      details: { tags: unique },
    });
  });
}
