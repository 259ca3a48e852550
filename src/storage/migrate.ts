import { Migrator, sql, type MigrationProvider } from 'kysely';
import { dialectOf } from './dialect.ts';
import { migrations } from './migrations/index.ts';
import type { DB } from './connect.ts';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: DB): Promise<string[]> {
  // On Postgres, Kysely looks for its migration tables in every schema of the database unless told
  // which one: another schema's kysely_migration_lock (a parallel test run, another Kysely app in
  // the same database) made it skip creating ours and then fail. Pin it to the current schema.
  const schema =
    dialectOf(db) === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  let { error, results } = await migrator.migrateToLatest();
  // Kysely looks for its tables by introspecting every schema of the database, and Postgres's
  // has_schema_privilege() fails when another schema is dropped during that query (parallel test runs,
  // another app's clean-up). That says nothing about ours: ask again, a few times.
  for (let attempt = 1; attempt < 5 && otherSchemaVanished(error, schema); attempt++)
    ({ error, results } = await migrator.migrateToLatest());
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

function otherSchemaVanished(error: unknown, ours: string | undefined): boolean {
  const message = error instanceof Error ? error.message : '';
  const prefix = 'schema "';
  if (!message.startsWith(prefix) || !message.endsWith('" does not exist')) return false;
  return message.slice(prefix.length, -'" does not exist'.length) !== ours;
}
