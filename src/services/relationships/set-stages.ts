// Sets a workspace's pipeline stages; a stage some relationship is still in cannot be removed.
import { AppError } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { saveStages } from '../../storage/relationships/pipeline-stages.ts';

export async function setStages(db: DB, workspaceId: number, stages: readonly string[]): Promise<void> {
  const inUse = await db
    .selectFrom('relationships')
    .select('stage')
    .distinct()
    .where('workspace_id', '=', workspaceId)
    .execute();
  const dropped = inUse.map((r) => r.stage).filter((s) => !stages.includes(s));
  if (dropped.length > 0) {
    throw new AppError(
      'conflict',
      `Relationships are still in ${dropped.join(', ')}: move them first`,
      dropped.map((s) => ({ path: 'stages', message: `"${s}" is in use` })),
    );
  }
  await saveStages(db, workspaceId, stages);
}
