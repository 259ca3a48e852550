// On Postgres, migrations and table metadata see only the connection's own schema: other schemas in the
// same database, even one created and dropped over and over meanwhile, neither show up nor break them.
// (Kysely's own introspector read every schema and failed with "column … of relation … does not exist"
// when another test file's schema was dropped mid-query.)
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

const url = process.env.TEST_DATABASE_URL;

describe.runIf(url)('table metadata of the current Postgres schema', () => {
  const opened: TestDatabase[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((t) => t.close()));
  });

  it("lists its own tables and columns, never another schema's", async () => {
    const [a, b] = await Promise.all([openTestDatabase('postgres'), openTestDatabase('postgres', { migrate: false })]);
    opened.push(a, b);
    await b.db.schema
      .createTable('only_elsewhere')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .execute();

    const tables = await a.db.introspection.getTables();
    const names = tables.map((t) => t.name);
    expect(names).toContain('creators');
    expect(names).not.toContain('only_elsewhere');
    expect(names).not.toContain('kysely_migration');
    expect(new Set(tables.map((t) => t.schema)).size).toBe(1);
    const id = tables.find((t) => t.name === 'creators')!.columns.find((c) => c.name === 'id')!;
    expect(id).toMatchObject({ dataType: 'int8', isNullable: false });
    const internal = await a.db.introspection.getTables({ withInternalKyselyTables: true });
    expect(internal.map((t) => t.name)).toEqual(expect.arrayContaining(['kysely_migration', 'kysely_migration_lock']));
    expect((await b.db.introspection.getTables()).map((t) => t.name)).toEqual(['only_elsewhere']);
  });

  it('migrates while another schema is created and dropped again and again', { timeout: 120_000 }, async () => {
    const churn = new pg.Client({ connectionString: url });
    await churn.connect();
    let stop = false;
    const churning = (async () => {
      for (let i = 0; !stop; i++) {
        // Named as test-db.ts names its schemas, so a crashed run's leftover is dropped an hour later.
        const schema = `mr_test_${Date.now()}_churn_${process.pid}_${i}`;
        await churn.query(`create schema ${schema}`);
        await churn.query(`create table ${schema}.t (id serial primary key, a text, b text, c text)`);
        await churn.query(`drop schema ${schema} cascade`);
      }
    })();
    try {
      for (let run = 0; run < 4; run++) {
        const t = await openTestDatabase('postgres', { migrate: false });
        opened.push(t);
        expect((await migrateToLatest(t.db)).length).toBeGreaterThan(20);
      }
    } finally {
      stop = true;
      await churning;
      await churn.end();
    }
  });
});
