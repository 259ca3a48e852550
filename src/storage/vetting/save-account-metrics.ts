import { sql, type Insertable, type Kysely } from 'kysely';
import type { AccountMetricsTable, Database } from '../schema.ts';
import { insertRows } from './insert-rows.ts';

/** Rows per INSERT: ~30 columns each stays far below SQLite's 32,766 bound parameters. */
const ROWS_PER_STATEMENT = 200;

/** Inserts or replaces the metrics rows of some accounts, a few hundred per statement. */
export async function saveAccountMetrics(db: Kysely<Database>, rows: Insertable<AccountMetricsTable>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).filter((c) => c !== 'account_id') as (keyof AccountMetricsTable)[];
  await insertRows(db, `account_metrics:${columns.join(',')}`, rows, ROWS_PER_STATEMENT, (chunk) =>
    db
      .insertInto('account_metrics')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('account_id').doUpdateSet(Object.fromEntries(columns.map((c) => [c, sql.ref(`excluded.${c}`)]))),
      ),
  );
}
