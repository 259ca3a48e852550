// A hot-path query built and compiled to SQL once per database, then run with new parameters. Kysely
// otherwise rebuilds the immutable query tree and compiles it on every call, a large part of the
// webhook intake's CPU per delivery. The query is built once with a named slot in place of each argument
// (an insert may pass its whole argument object as the row: the slots have the same keys); each call fills
// the slots in the compiled parameter list and runs the SQL through the caller's executor, so
// transactions and plugins' transformResult apply as for any query.
//
// Limits, by construction: every call passes the same keys, and the shape of the query must not depend
// on the arguments (each is one bound value, never a list spread into `in (…)`, never inspected by the
// builder: pass 1/0, not a boolean to turn into one). Plugins that rewrite queries are not supported
// (none is used; the webhook bench's counting plugin only reads results).
import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import type { DB } from './connect.ts';

class Slot {
  constructor(readonly name: string) {}
}

interface Shape {
  sql: string;
  parameters: readonly unknown[];
}

export type PrecompiledQuery<A, R> = (db: DB, args: A) => Promise<QueryResult<R>>;

export function precompiled<A extends Record<string, unknown>, R>(
  build: (db: DB, args: A) => Compilable<R>,
): PrecompiledQuery<A, R> {
  // Per adapter: one Kysely instance and all its transactions share it, and its dialect decides the SQL.
  const shapes = new WeakMap<object, Shape>();
  return (db, args) => {
    const adapter = db.getExecutor().adapter;
    let shape = shapes.get(adapter);
    if (!shape) {
      const slots = Object.fromEntries(Object.keys(args).map((name) => [name, new Slot(name)])) as unknown as A;
      const compiled = build(db, slots).compile();
      shape = { sql: compiled.sql, parameters: compiled.parameters };
      shapes.set(adapter, shape);
    }
    const parameters = shape.parameters.map((p) => {
      if (!(p instanceof Slot)) return p;
      const value = args[p.name];
      // undefined would be bound as null by one driver and refused by another: a caller's mistake.
      if (value === undefined) throw new Error(`precompiled query: argument "${p.name}" is undefined`);
      return value;
    });
    return db.executeQuery(CompiledQuery.raw(shape.sql, parameters)) as Promise<QueryResult<R>>;
  };
}
