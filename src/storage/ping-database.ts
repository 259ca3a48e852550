import { sql } from 'kysely';
import type { DB } from './connect.ts';

/** One round trip to the database (the health check); throws when it cannot answer. */
export async function pingDatabase(db: DB): Promise<void> {
  await sql`select 1`.execute(db);
}
