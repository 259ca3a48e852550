// A precompiled query marked `prepare` (storage/prepared-statements.ts) runs on Postgres as a named
// statement of its connection, with new values on every call, and returns what the same query
// unmarked returns; an unmarked query stays unnamed. On SQLite the mark changes nothing.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompiled } from '../../src/storage/precompiled-query.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const build = (db: Parameters<Parameters<typeof precompiled>[0]>[0], a: { id: number }) =>
  db.selectFrom('workspaces').select(['id', 'slug']).where('id', '=', a.id);
const prepared = precompiled(build, { prepare: true });
// The same SQL text would share the name: a different column list keeps this one apart.
const unnamed = precompiled((db, a: { id: number }) =>
  db.selectFrom('workspaces').select('slug').where('id', '=', a.id),
);

describe.each(testDialects)('a prepared precompiled query, on %s', (dialect) => {
  let t: TestDatabase;
  let acme: number;
  let globex: number;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    acme = (await ensureWorkspace(t.db, 'acme', { currency: 'HKD' })).id;
    globex = (await ensureWorkspace(t.db, 'globex', { currency: 'HKD' })).id;
  });
  afterAll(() => t.close());

  it('binds new values on every call and returns what the query returns unprepared', async () => {
    for (let run = 0; run < 8; run++) {
      expect((await prepared(t.db, { id: acme })).rows).toEqual([{ id: acme, slug: 'acme' }]);
      expect((await prepared(t.db, { id: globex })).rows).toEqual([{ id: globex, slug: 'globex' }]);
    }
    expect((await prepared(t.db, { id: globex + 1 })).rows).toEqual([]);
    expect((await unnamed(t.db, { id: acme })).rows).toEqual([{ slug: 'acme' }]);
  });

  it.runIf(dialect === 'postgres')('is a named statement of its connection; an unmarked query is not', async () => {
    await t.db.transaction().execute(async (trx) => {
      await prepared(trx, { id: acme });
      await unnamed(trx, { id: acme });
      const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(trx);
      const statements = rows.map((r) => r.statement);
      expect(statements.some((s) => s.includes('"slug"') && s.includes('"id", "slug"'))).toBe(true);
      expect(statements.some((s) => s.includes('select "slug" from'))).toBe(false);
    });
  });
});
