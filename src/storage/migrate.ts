import { type Kysely, Migrator, type MigrationProvider } from 'kysely';
import { migrations } from './migrations/index.ts';
import type { DB } from './connect.ts';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Applies every pending migration; throws with the failing migration's name. On Postgres the migrator
 * sees only the connection's own schema (current-schema-introspector.ts), so other schemas of the same
 * database, and what happens to them meanwhile, neither hide its tables nor break its checks.
 */
export async function migrateToLatest(db: DB): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Migrates up or down to the named migration (tests of one migration on the data before it). */
export async function migrateTo(db: Kysely<any>, name: string): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateTo(name);
  if (error) throw error;
}
