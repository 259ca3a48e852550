import { sql } from 'kysely';
import type { TierBenchmarkLookup } from '../../core/vetting/build-vetting-report.ts';
import { median } from '../../core/vetting/stats/median.ts';
import { quantiles } from '../../core/vetting/stats/quantiles.ts';
import type { DB } from '../connect.ts';
import type { Platform } from '../schema.ts';

/** The metrics that get tier percentiles. */
export const BENCHMARKED_METRICS = [
  'er_followers',
  'er_median_likes',
  'er_views',
  'reply_rate',
  'sponsored_share_90d',
  'authenticity_score',
] as const;

const PAGE = 50_000;

/**
 * Recomputes the quantiles of every benchmarked metric per platform × tier from account_metrics. One
 * pass over the table reads every metric of every account (a query per tier and metric read each row
 * through the tier index six times: 10 s of a 575k-account ranking).
 */
export async function refreshTierBenchmarks(db: DB): Promise<number> {
  /** "platform tier" → each metric's non-null values, in BENCHMARKED_METRICS order. */
  const groups = new Map<string, { platform: Platform; tier: string; values: number[][] }>();
  // In pages, so that a million accounts' row objects are never alive at once, and before the write
  // transaction, which then holds the write lock only for the delete and the inserts (it used to hold it
  // through every read). Pages may see a refresh land between them; the next refresh recomputes all.
  for (let after = 0; ; ) {
    const rows = await db
      .selectFrom('account_metrics')
      .select(['account_id', 'platform', 'tier', ...BENCHMARKED_METRICS])
      .where('tier', 'is not', null)
      .where('account_id', '>', after)
      .orderBy('account_id')
      .limit(PAGE)
      .execute();
    for (const r of rows) {
      const key = `${r.platform} ${r.tier}`;
      let group = groups.get(key);
      if (!group) {
        group = { platform: r.platform, tier: r.tier!, values: BENCHMARKED_METRICS.map(() => []) };
        groups.set(key, group);
      }
      for (let m = 0; m < BENCHMARKED_METRICS.length; m++) {
        const v = r[BENCHMARKED_METRICS[m]!];
        if (v !== null) group.values[m]!.push(Number(v));
      }
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.account_id;
  }
  // Written in (platform, tier) order, as the former GROUP BY gave them.
  const ordered = [...groups.values()].sort((a, b) =>
    a.platform !== b.platform ? (a.platform < b.platform ? -1 : 1) : a.tier < b.tier ? -1 : a.tier > b.tier ? 1 : 0,
  );
  const now = new Date().toISOString();
  let written = 0;
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('tier_benchmarks').execute();
    for (const g of ordered) {
      for (let m = 0; m < BENCHMARKED_METRICS.length; m++) {
        if (g.values[m]!.length === 0) continue;
        // Sorted here by the typed array's native numeric sort: median and quantiles, which sort their
        // input with a comparator (~1 s at 575k accounts), then meet sorted values and take one pass.
        const values = Array.from(Float64Array.from(g.values[m]!).sort());
        await trx
          .insertInto('tier_benchmarks')
          .values({
            platform: g.platform,
            tier: g.tier,
            metric: BENCHMARKED_METRICS[m]!,
            count: values.length,
            median: median(values),
            quantiles: JSON.stringify(quantiles(values)),
            computed_at: now,
          })
          .execute();
        written += 1;
      }
    }
  });
  return written;
}

/** A lookup of the stored benchmarks of one platform and tier. */
export async function loadTierBenchmarks(
  db: DB,
  platform: Platform,
  tier: string | null,
): Promise<TierBenchmarkLookup> {
  if (tier === null) return () => undefined;
  const rows = await db
    .selectFrom('tier_benchmarks')
    .selectAll()
    .where('platform', '=', platform)
    .where('tier', '=', tier)
    .execute();
  const byMetric = new Map(
    rows.map((r) => [r.metric, { quantiles: JSON.parse(r.quantiles) as number[], median: r.median, count: r.count }]),
  );
  return (metric) => byMetric.get(metric);
}
