// Named (server-side prepared) statements for a few hot Postgres queries. node-postgres otherwise sends
// every query as an unnamed statement, which Postgres parses and plans again on each run: for the order
// facts read of every webhook delivery (nine tables in one UNION ALL) planning cost more than running it,
// and several times more whenever the backend's catalog caches had been invalidated (other sessions'
// DDL): two thirds of the server time of a delivery on Postgres. A named statement is parsed once
// per connection and, after five runs, Postgres keeps a generic plan when it is no dearer than the
// custom ones, so later runs are neither parsed nor planned.
//
// Only marked SQL is named. Marked statements must not read "*" (or returning *): a column added by a
// migration while a connection holds the statement would fail it ("cached plan must not change result
// type"). The set of names is bounded, so an input that produces ever new SQL text (an IN list of every
// length) cannot make each connection keep an unbounded number of statements.
import { PostgresAdapter } from 'kysely';
import pg from 'pg';
import type { DB } from './connect.ts';

/** Distinct statements named at most; any further SQL runs unnamed, as before. */
const MAX_PREPARED = 100;

const names = new Map<string, string>();

/** Marks SQL text compiled for `db` to run as a named statement when `db` is Postgres (SQLite: no effect). */
export function prepareOnPostgres(db: DB, sql: string): void {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  if (!names.has(sql) && names.size < MAX_PREPARED) names.set(sql, `mr_prepared_${names.size + 1}`);
}

/** A pg client that runs marked SQL as a named statement (each connection prepares it on first use). */
export class PreparingClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: forwards every overload of pg's query unchanged.
  override query(...args: any[]): any {
    const [text, values, callback] = args;
    const name = typeof text === 'string' && callback === undefined ? names.get(text) : undefined;
    if (name === undefined) return (super.query as (...a: unknown[]) => unknown)(...args);
    return super.query({ name, text, values });
  }
}
