// Databases for tests: SQLite always; Postgres too when TEST_DATABASE_URL is set. Each test database
// is fresh (an in-memory SQLite, or a throw-away Postgres schema) and fully migrated.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { connect, type DB } from '../../src/storage/connect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';

export type TestDialect = 'sqlite' | 'postgres';

export const testDialects: TestDialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  db: DB;
  dialect: TestDialect;
  close: () => Promise<void>;
}

/** `migrate: false` leaves the database empty (a migration test brings it to the version it needs). */
export async function openTestDatabase(
  dialect: TestDialect,
  options: { file?: string; migrate?: boolean } = {},
): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (dialect === 'sqlite') {
    const db = connect({ dialect: 'sqlite', file: options.file ?? ':memory:' });
    if (migrate) await migrateToLatest(db);
    return { db, dialect, close: () => db.destroy() };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  // The creation time in the name lets a later run drop schemas that a crashed run left behind.
  const schema = `mr_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const stale = await admin.query<{ nspname: string }>(
    `select nspname from pg_namespace where nspname like 'mr_test_%'`,
  );
  for (const { nspname } of stale.rows) {
    const created = Number(nspname.split('_')[2]);
    if (Number.isFinite(created) && created < Date.now() - 3_600_000)
      await admin.query(`drop schema if exists ${nspname} cascade`).catch(() => {});
  }
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = connect({ dialect: 'postgres', url }, { searchPath: schema });
  try {
    if (migrate) await migrateToLatest(db);
  } catch (error) {
    // Leave no half-migrated schema behind: leftovers pile up and slow every later run.
    await sql`drop schema if exists ${sql.raw(schema)} cascade`.execute(db).catch(() => undefined);
    await db.destroy();
    throw error;
  }
  return {
    db,
    dialect,
    close: async () => {
      await sql`drop schema ${sql.raw(schema)} cascade`.execute(db);
      await db.destroy();
    },
  };
}
