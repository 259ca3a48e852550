// Bulk inserts of many rows of one shape through a statement compiled once. Kysely otherwise builds
// and compiles a query tree of every value on each call: for a metrics refresh that is tens of
// thousands of nodes per statement, millions of postings in all, on the one thread that writes.
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';

// Per adapter (a Kysely instance and its transactions share one; its dialect decides the SQL), the
// SQL of each shape: a statement key and a number of rows.
const compiled = new WeakMap<object, Map<string, string>>();

/**
 * Inserts `rows` (every row with the same keys, in the same order) `perStatement` at a time. `build`
 * makes the Kysely query for some rows; it is compiled once per shape, and only when its parameters
 * are exactly the rows' values in order (no value rewritten into SQL), so the SQL can be reused with
 * other rows' values. A query whose parameters differ keeps being compiled on each call. A caller
 * whose rows mix plain values and SQL expressions under one key must not use this. A chunk holding an
 * undefined value is compiled afresh: Kysely leaves such a column out (or writes its default), so the
 * cached SQL, which binds every column, would store NULL where Kysely's query stores the default.
 */
export async function insertRows<T extends Record<string, unknown>>(
  db: Kysely<any>,
  key: string,
  rows: readonly T[],
  perStatement: number,
  build: (rows: T[]) => Compilable<unknown>,
): Promise<void> {
  const adapter = db.getExecutor().adapter;
  let shapes = compiled.get(adapter);
  if (!shapes) compiled.set(adapter, (shapes = new Map()));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const parameters = valuesOf(chunk);
    if (parameters.includes(undefined)) {
      await db.executeQuery(build(chunk).compile());
      continue;
    }
    const shape = `${key}:${chunk.length}`;
    let text = shapes.get(shape);
    if (text === undefined) {
      const query = build(chunk).compile();
      if (!sameValues(query.parameters, parameters)) {
        await db.executeQuery(query);
        continue;
      }
      shapes.set(shape, (text = query.sql));
    }
    await db.executeQuery(CompiledQuery.raw(text, parameters));
  }
}

function valuesOf(rows: readonly Record<string, unknown>[]): unknown[] {
  const values: unknown[] = [];
  const columns = Object.keys(rows[0] ?? {});
  for (const row of rows) for (const column of columns) values.push(row[column]);
  return values;
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
