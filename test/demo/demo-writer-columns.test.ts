// The demo world is written by its own bulk writer (src/demo/bulk-insert.ts), not by the import writer
// (storage/creators): a million creators in minutes needs flat multi-row INSERTs. The rule that keeps the
// two honest (ARCHITECTURE.md "One writer, one exception"): the demo writes EVERY column of the tables it
// fills, so a migration that adds a column fails here until the demo decides its value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS, CONSTANTS, type DemoTable } from '../../src/demo/row-buffers.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

describe('the demo bulk writer', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
  });
  afterAll(async () => t.close());

  it.each(Object.keys(COLUMNS) as DemoTable[])('writes every column of %s', async (table) => {
    const tables = await t.db.introspection.getTables();
    const columns = tables.find((x) => x.name === table)?.columns.map((c) => c.name) ?? [];
    const written = new Set<string>([...COLUMNS[table], ...Object.keys(CONSTANTS[table])]);
    expect(columns.length).toBeGreaterThan(0);
    expect(
      columns.filter((c) => !written.has(c) && c !== 'id'),
      'columns the demo does not write',
    ).toEqual([]);
    expect(
      [...written].filter((c) => !columns.includes(c)),
      'columns the table does not have',
    ).toEqual([]);
  });
});
