import { sql } from 'kysely';
import type { DB } from '../storage/connect.ts';
import { dialectOf } from '../storage/dialect.ts';
import { ID_TABLES } from './allocate-ids.ts';

/** Postgres identity sequences do not see explicit ids: move each past the largest id in use. */
export async function advanceSequences(db: DB): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  for (const table of Object.values(ID_TABLES)) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), max_id) from (select max(id) as max_id from ${sql.table(table)}) m where max_id is not null`.execute(
      db,
    );
  }
}
