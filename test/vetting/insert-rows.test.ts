// insertRows reuses the SQL of a multi-row INSERT compiled once per shape (statement key × rows): the
// rows written must be exactly the rows given, chunk after chunk and call after call, on both
// dialects; a query whose values are rewritten into SQL is run as Kysely compiles it.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRows } from '../../src/storage/vetting/insert-rows.ts';
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
});
