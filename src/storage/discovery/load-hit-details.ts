// What discovery shows of each winning account that the index does not keep (names, country, median
// views) or keeps in its own encoding (tier, followers): one statement per brief, by primary key.
// Compiled once per list length: Kysely would otherwise rebuild and compile the three-table join for
// every brief, which cost more CPU than running it.
import type { DB } from '../connect.ts';
import { chunksOf } from '../in-chunks.ts';
import { precompiled, type PrecompiledQuery } from '../precompiled-query.ts';

const detailsOf = (db: DB, ids: number[]) =>
  db
    .selectFrom('account_metrics as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .innerJoin('creators as c', 'c.id', 'a.creator_id')
    .select([
      'm.account_id',
      'a.creator_id',
      'a.display_name as account_name',
      'c.display_name',
      'c.country',
      'c.demo',
      'm.median_views',
      'm.er_percentile',
      'm.sponsored_share_90d',
      'm.tier',
      'm.followers',
    ])
    .where('m.account_id', 'in', ids);

export type HitDetails = Awaited<ReturnType<ReturnType<typeof detailsOf>['execute']>>[number];

/** One precompiled statement per number of ids (a brief's limit: at most a few hundred shapes). */
const byLength = new Map<number, PrecompiledQuery<Record<string, number>, HitDetails>>();

function statementFor(length: number) {
  let statement = byLength.get(length);
  if (!statement) {
    statement = precompiled((db, args: Record<string, number>) => detailsOf(db, Object.values(args)));
    byLength.set(length, statement);
  }
  return statement;
}

/** The details of these accounts (in no particular order; an id without metrics has no row). */
export async function loadHitDetails(db: DB, accountIds: readonly number[]): Promise<HitDetails[]> {
  const rows: HitDetails[] = [];
  for (const chunk of chunksOf(accountIds)) {
    const args = Object.fromEntries(chunk.map((id, i) => [`id${i}`, id]));
    rows.push(...(await statementFor(chunk.length)(db, args)).rows);
  }
  return rows;
}
