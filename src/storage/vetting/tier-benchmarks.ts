import { sql } from 'kysely';
import type { TierBenchmarkLookup } from '../../core/vetting/build-vetting-report.ts';
import { median } from '../../core/vetting/stats/median.ts';
import { quantiles } from '../../core/vetting/stats/quantiles.ts';
import type { DB } from '../connect.ts';
import type { Platform } from '../schema.ts';

/** The metrics that get tier percentiles. */
const BENCHMARKED_METRICS = [
  'er_followers',
  'er_median_likes',
  'er_views',
  'reply_rate',
  'sponsored_share_90d',
  'authenticity_score',
] as const;

/** Recomputes the quantiles of every benchmarked metric per platform × tier from account_metrics. */
export async function refreshTierBenchmarks(db: DB): Promise<number> {
  const groups = await db
    .selectFrom('account_metrics')
    .select(['platform', 'tier'])
    .where('tier', 'is not', null)
    .groupBy(['platform', 'tier'])
    .execute();
  const now = new Date().toISOString();
  let written = 0;
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('tier_benchmarks').execute();
    for (const g of groups) {
      for (const metric of BENCHMARKED_METRICS) {
        const rows = await trx
          .selectFrom('account_metrics')
          .select(sql<number>`${sql.ref(metric)}`.as('v'))
          .where('platform', '=', g.platform)
          .where('tier', '=', g.tier)
          .where(metric, 'is not', null)
          .execute();
        const values = rows.map((r) => Number(r.v));
        if (values.length === 0) continue;
        await trx
          .insertInto('tier_benchmarks')
          .values({
            platform: g.platform,
            tier: g.tier!,
            metric,
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
