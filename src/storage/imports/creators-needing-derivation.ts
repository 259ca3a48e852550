// Which creators of an import still need their derived rows (vetting metrics, niche documents),
// beyond the ones the import changed: every creator of the file when an earlier run of the same
// file stopped before finishing its derived rows (killed, failed, or never refreshed) since the last
// run of that file that did finish them, else the
// ones with an account that has no derived row yet.
import type { DB } from '../connect.ts';

export async function creatorsNeedingDerivation(
  db: DB,
  run: { importId: number; workspaceId: number; fileName: string },
  creatorIds: readonly number[],
): Promise<number[]> {
  if (creatorIds.length === 0) return [];
  // Only runs after the last one of this file that finished its derived rows count.
  const lastDone = await db
    .selectFrom('imports')
    .innerJoin('import_runners', 'import_runners.import_id', 'imports.id')
    .select((eb) => eb.fn.max('imports.id').as('id'))
    .where('imports.workspace_id', '=', run.workspaceId)
    .where('imports.file_name', '=', run.fileName)
    .where('imports.id', '<', run.importId)
    .where('import_runners.derived_at', 'is not', null)
    .executeTakeFirst();
  const unfinished = await db
    .selectFrom('imports')
    .leftJoin('import_runners', 'import_runners.import_id', 'imports.id')
    .select('imports.id')
    .where('imports.workspace_id', '=', run.workspaceId)
    .where('imports.file_name', '=', run.fileName)
    .where('imports.id', '<', run.importId)
    .where('imports.id', '>', Number(lastDone?.id ?? 0))
    .where((eb) =>
      eb.or([
        eb('imports.status', 'in', ['running', 'interrupted', 'failed']),
        eb.and([eb('import_runners.import_id', 'is not', null), eb('import_runners.derived_at', 'is', null)]),
      ]),
    )
    .limit(1)
    .execute();
  if (unfinished.length > 0) return [...creatorIds];
  const missing: number[] = [];
  for (let i = 0; i < creatorIds.length; i += 500) {
    const rows = await db
      .selectFrom('accounts')
      .leftJoin('account_metrics', 'account_metrics.account_id', 'accounts.id')
      .select('accounts.creator_id')
      .distinct()
      .where('accounts.creator_id', 'in', creatorIds.slice(i, i + 500))
      .where('account_metrics.account_id', 'is', null)
      .execute();
    missing.push(...rows.map((r) => Number(r.creator_id)));
  }
  return missing;
}
