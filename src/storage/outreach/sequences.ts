// Sequences and their steps. Creating a sequence whose name exists returns the existing one unchanged
// (a repeated `sequence create` is harmless; steps already sent must not change under a creator).
import type { DB } from '../connect.ts';

export interface StepInput {
  subject: string;
  body: string;
  delayDays: number;
}

export async function insertSequence(
  db: DB,
  workspaceId: number,
  s: { name: string; steps: StepInput[]; campaignId?: number | null },
  now: string,
): Promise<{ id: number; created: boolean }> {
  const existing = await findSequenceByName(db, workspaceId, s.name);
  if (existing) return { id: existing.id, created: false };
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('sequences')
      .values({
        workspace_id: workspaceId,
        name: s.name,
        campaign_id: s.campaignId ?? null,
        status: 'active',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = Number(row.id);
    await trx
      .insertInto('sequence_steps')
      .values(
        s.steps.map((step, i) => ({
          sequence_id: id,
          workspace_id: workspaceId,
          position: i + 1,
          subject: step.subject,
          body: step.body,
          delay_days: step.delayDays,
        })),
      )
      .execute();
    return { id, created: true };
  });
}

export async function findSequenceByName(db: DB, workspaceId: number, name: string) {
  const row = await db
    .selectFrom('sequences')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row && { ...row, id: Number(row.id) };
}

export async function loadSequence(db: DB, workspaceId: number, sequenceId: number) {
  const row = await db
    .selectFrom('sequences')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', sequenceId)
    .executeTakeFirst();
  if (!row) return undefined;
  const steps = await db
    .selectFrom('sequence_steps')
    .select(['position', 'subject', 'body', 'delay_days'])
    .where('sequence_id', '=', sequenceId)
    .orderBy('position')
    .execute();
  return { ...row, id: Number(row.id), steps };
}
