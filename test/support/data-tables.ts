// Row counts and full contents of the creator-data tables, to prove that an operation (a re-import,
// a failed import) changed nothing or left nothing half-written.
import type { DB } from '../../src/storage/connect.ts';

export const DATA_TABLES = [
  'creators',
  'workspace_creators',
  'accounts',
  'account_snapshots',
  'reported_metrics',
  'posts',
  'post_snapshots',
  'comments',
  'audiences',
  'audience_segments',
  'workspace_creator_data',
  'workspace_account_data',
  'workspace_account_snapshots',
] as const;

export type DataTable = (typeof DATA_TABLES)[number];

export async function countDataTables(db: DB): Promise<Record<DataTable, number>> {
  const entries = await Promise.all(
    DATA_TABLES.map(async (table) => {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return [table, Number(row.n)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<DataTable, number>;
}

/** Every row of every data table, in a stable order. */
export async function dumpDataTables(db: DB): Promise<Record<DataTable, unknown[]>> {
  const entries = await Promise.all(
    DATA_TABLES.map(async (table) => {
      const rows = await db.selectFrom(table).selectAll().execute();
      const key = (r: unknown) => JSON.stringify(r);
      return [
        table,
        rows.map((r) => JSON.parse(key(r)) as unknown).sort((a, b) => key(a).localeCompare(key(b))),
      ] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<DataTable, unknown[]>;
}
