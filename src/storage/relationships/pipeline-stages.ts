// A workspace's own pipeline stages (JSON array), or null when it keeps the defaults.
import { stagesOrDefault } from '../../core/relationships/stages.ts';
import type { DB } from '../connect.ts';

export async function loadStages(db: DB, workspaceId: number): Promise<readonly string[]> {
  const row = await db
    .selectFrom('pipeline_stages')
    .select('stages')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return stagesOrDefault(row ? (JSON.parse(row.stages) as string[]) : null);
}

export async function saveStages(db: DB, workspaceId: number, stages: readonly string[]): Promise<void> {
  const values = { workspace_id: workspaceId, stages: JSON.stringify(stages), updated_at: new Date().toISOString() };
  await db
    .insertInto('pipeline_stages')
    .values(values)
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ stages: values.stages, updated_at: values.updated_at }))
    .execute();
}
