// Writes phase 2 of a metrics refresh (tier percentile, expected views, base price) for many accounts
// with one UPDATE … FROM (VALUES …) per batch instead of one UPDATE per account that Kysely built and
// compiled anew, compiled once per batch size (as insert-rows.ts does). The larger part of the ranking's
// time at half a million accounts was the tier benchmarks' reads (tier-benchmarks.ts), not these writes.
import { CompiledQuery, sql } from 'kysely';
import type { DB } from '../connect.ts';
import { dialectOf } from '../dialect.ts';
import { chunksOf } from '../in-chunks.ts';

export interface TierDerivation {
  accountId: number;
  erPercentile: number | null;
  expectedViews: number;
  midUsd: number;
}

/** Rows per statement: four parameters each, far below both databases' limits. */
const ROWS_PER_STATEMENT = 1_000;

/** Per adapter (its dialect decides the SQL), the statement for each number of rows. */
const compiled = new WeakMap<object, Map<number, string>>();

/** Sets the derived columns and `revision` of each account's metrics row. */
export async function saveTierDerivations(db: DB, rows: readonly TierDerivation[], revision: number): Promise<void> {
  const adapter = db.getExecutor().adapter;
  let texts = compiled.get(adapter);
  if (!texts) compiled.set(adapter, (texts = new Map()));
  for (const chunk of chunksOf(rows, ROWS_PER_STATEMENT)) {
    // In the order the statement binds them: the revision, then each row's four values.
    const parameters: unknown[] = [revision];
    for (const r of chunk) parameters.push(r.accountId, r.erPercentile, r.expectedViews, r.midUsd);
    let text = texts.get(chunk.length);
    if (text === undefined) {
      text = updateFor(chunk, revision, dialectOf(db) === 'postgres').compile(db).sql;
      texts.set(chunk.length, text);
    }
    await db.executeQuery(CompiledQuery.raw(text, parameters));
  }
}

function updateFor(chunk: readonly TierDerivation[], revision: number, typed: boolean) {
  // Postgres reads untyped parameters in a VALUES list as text, so its values are cast. SQLite needs no
  // cast, and with them it materialises the list first: nine times slower, measured at 10,000 rows.
  const values = sql.join(
    chunk.map((r) =>
      typed
        ? sql`(cast(${r.accountId} as integer), cast(${r.erPercentile} as double precision), cast(${r.expectedViews} as double precision), cast(${r.midUsd} as double precision))`
        : sql`(${r.accountId}, ${r.erPercentile}, ${r.expectedViews}, ${r.midUsd})`,
    ),
  );
  return sql`update account_metrics
    set er_percentile = v.column2, expected_views_post = v.column3, price_post_mid_usd = v.column4, revision = ${revision}
    from (values ${values}) as v
    where account_metrics.account_id = v.column1`;
}
