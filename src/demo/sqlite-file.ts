import { sql } from 'kysely';
import type { DB } from '../storage/connect.ts';
import { dialectOf } from '../storage/dialect.ts';

/** The file of a SQLite database (so that workers can open it too), or undefined for Postgres and in-memory databases. */
export async function sqliteFile(db: DB): Promise<string | undefined> {
  if (dialectOf(db) !== 'sqlite') return undefined;
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  const file = rows.find((r) => r.name === 'main')?.file;
  return file ? file : undefined;
}
