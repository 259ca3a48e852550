// A hot-path query built and compiled to SQL once per database, then run with new parameters. Kysely
// otherwise rebuilds the immutable query tree and compiles it on every call, a large part of the
// webhook intake's CPU per delivery. The query is built once with a named slot in place of each argument
// (an insert may pass its whole argument object as the row: the slots have the same keys); each call fills
// the slots in the compiled parameter list and runs the SQL through the caller's executor, so
// transactions and plugins' transformResult apply as for any query.
//
// An argument whose value is undefined is left out of the query, as Kysely does when it builds one
// (an insert then omits the column, so the column's default applies): each set of defined arguments
// gets its own compiled shape. Limits, by construction: the shape of the query must not depend on the
// values (each is one bound value, never a list spread into `in (…)`, never inspected by the builder:
// pass 1/0, not a boolean to turn into one). Plugins that rewrite queries are not supported (none is
// used; the webhook bench's counting plugin only reads results).
import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import type { DB } from './connect.ts';
import { prepareOnPostgres } from './prepared-statements.ts';

class Slot {
  constructor(readonly name: string) {}
}

interface Shape {
  sql: string;
  parameters: readonly unknown[];
}

export type PrecompiledQuery<A, R> = (db: DB, args: A) => Promise<QueryResult<R>>;

/**
 * `prepare`: run it as a named statement on Postgres, parsed and planned once per connection (see
 * prepared-statements.ts; not for a query that selects or returns *).
 */
export function precompiled<A extends Record<string, unknown>, R>(
  build: (db: DB, args: A) => Compilable<R>,
  options: { prepare?: boolean } = {},
): PrecompiledQuery<A, R> {
  // Per adapter (one Kysely instance and all its transactions share it, and its dialect decides the
  // SQL), then per set of defined arguments (nearly always one: hot-path callers pass the same keys).
  const shapes = new WeakMap<object, Map<string, Shape>>();
  return (db, args) => {
    const adapter = db.getExecutor().adapter;
    let byKeys = shapes.get(adapter);
    if (!byKeys) shapes.set(adapter, (byKeys = new Map()));
    const names = Object.keys(args).filter((name) => args[name] !== undefined);
    const signature = names.join(',');
    let shape = byKeys.get(signature);
    if (!shape) {
      const slots = Object.fromEntries(names.map((name) => [name, new Slot(name)])) as unknown as A;
      const compiled = build(db, slots).compile();
      shape = { sql: compiled.sql, parameters: compiled.parameters };
      if (options.prepare) prepareOnPostgres(db, shape.sql);
      byKeys.set(signature, shape);
    }
    const parameters = shape.parameters.map((p) => (p instanceof Slot ? args[p.name] : p));
    return db.executeQuery(CompiledQuery.raw(shape.sql, parameters)) as Promise<QueryResult<R>>;
  };
}
