// insertRows reuses the SQL of a multi-row INSERT compiled once per shape (statement key × rows): the
// rows written must be exactly the rows given, chunk after chunk and call after call, on both
// dialects; a query whose values are rewritten into SQL, or a chunk holding an undefined value, is run
// as Kysely compiles it.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRows } from '../../src/storage/vetting/insert-rows.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe.each(testDialects)('insertRows on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(() => t.close());

  const terms = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: from + i, term: `term-${from + i}` }));
  const write = (rows: { id: number; term: string }[]) =>
    insertRows(t.db, 'terms', rows, 5, (chunk) => t.db.insertInto('terms').values(chunk));

  it('writes every row of several calls, full and partial chunks alike', async () => {
    await write(terms(1, 12));
    await write(terms(13, 7));
    await write(terms(20, 5));
    const stored = await t.db.selectFrom('terms').select(['id', 'term']).orderBy('id').execute();
    expect(stored).toEqual(terms(1, 24));
  });

  it('runs a query whose values are not plain parameters as compiled', async () => {
    const rows = [
      { key: 'insert-rows-a', value: sql<number>`2 * 21` },
      { key: 'insert-rows-b', value: sql<number>`3 * 21` },
    ];
    await insertRows(t.db, 'meta', rows, 5, (chunk) => t.db.insertInto('meta').values(chunk));
    await insertRows(t.db, 'meta', [{ key: 'insert-rows-c', value: 7 }], 5, (chunk) =>
      t.db.insertInto('meta').values(chunk),
    );
    const stored = await t.db
      .selectFrom('meta')
      .select(['key', 'value'])
      .where('key', 'like', 'insert-rows-%')
      .orderBy('key')
      .execute();
    expect(stored.map((r) => [r.key, Number(r.value)])).toEqual([
      ['insert-rows-a', 42],
      ['insert-rows-b', 63],
      ['insert-rows-c', 7],
    ]);
  });

  // imports.errors is NOT NULL DEFAULT '[]' on both dialects: Kysely leaves a column undefined in every row
  // out of the INSERT, so the default applies; the SQL cached from a chunk that had the column would bind
  // undefined (NULL) and fail the constraint.
  it('lets an undefined column take its default after the same shape was cached with it', async () => {
    const ws = (await ensureWorkspace(t.db, 'insert-rows', { currency: 'EUR' })).id;
    const row = (file: string, errors: string | undefined) => ({
      workspace_id: ws,
      kind: 'creators',
      file_name: file,
      started_at: '2026-01-01T00:00:00.000Z',
      status: 'succeeded' as const,
      errors,
    });
    const write = (rows: ReturnType<typeof row>[]) =>
      insertRows(t.db, 'imports', rows, 2, (chunk) => t.db.insertInto('imports').values(chunk));
    await write([row('a.csv', '["bad row 3"]'), row('b.csv', '[]')]);
    await write([row('c.csv', undefined), row('d.csv', undefined)]);
    const stored = await t.db
      .selectFrom('imports')
      .select(['file_name', 'errors'])
      .where('workspace_id', '=', ws)
      .orderBy('file_name')
      .execute();
    expect(stored).toEqual([
      { file_name: 'a.csv', errors: '["bad row 3"]' },
      { file_name: 'b.csv', errors: '[]' },
      { file_name: 'c.csv', errors: '[]' },
      { file_name: 'd.csv', errors: '[]' },
    ]);
  });
});
