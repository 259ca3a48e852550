import { sql, type Insertable, type Kysely } from 'kysely';
import type { AccountMetricsTable, Database } from '../schema.ts';

/** Rows per INSERT: ~30 columns each stays far below SQLite's 32,766 bound parameters. */
const ROWS_PER_STATEMENT = 200;

/** Inserts or replaces the metrics rows of some accounts, a few hundred per statement. */
export async function saveAccountMetrics(db: Kysely<Database>, rows: Insertable<AccountMetricsTable>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).filter((c) => c !== 'account_id') as (keyof AccountMetricsTable)[];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await db
      .insertInto('account_metrics')
      .values(rows.slice(i, i + ROWS_PER_STATEMENT))
      .onConflict((oc) =>
        oc.column('account_id').doUpdateSet(Object.fromEntries(columns.map((c) => [c, sql.ref(`excluded.${c}`)]))),
      )
      .execute();
  }
}
