// Phase 2 of a metrics refresh writes in bulk: the tier benchmarks from one pass over account_metrics,
// and each account's percentile and prices with one UPDATE … FROM (VALUES …) per batch. Both must
// store what the per-tier queries and per-account updates they replaced stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { median } from '../../../src/core/vetting/stats/median.ts';
import { quantiles } from '../../../src/core/vetting/stats/quantiles.ts';
import { refreshAccountMetrics } from '../../../src/services/vetting/refresh-account-metrics.ts';
import { saveTierDerivations } from '../../../src/storage/vetting/save-tier-derivations.ts';
import { BENCHMARKED_METRICS, refreshTierBenchmarks } from '../../../src/storage/vetting/tier-benchmarks.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const NOW = new Date('2026-11-01T00:00:00.000Z');

describe.each(testDialects)('tier derivations written in bulk, on %s', (dialect) => {
  let t: TestDatabase;
  let accountIds: number[];

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    const ws = await ensureWorkspace(t.db, 'acme');
    const records = Array.from({ length: 6 }, (_, i) =>
      creatorRecord({}, { followers: 12_000 + i * 9_000, platform: i % 2 ? 'tiktok' : 'instagram' }),
    );
    await storeCreators(t.db, ws.id, records);
    accountIds = (await t.db.selectFrom('accounts').select('id').orderBy('id').execute()).map((a) => a.id);
    await refreshAccountMetrics(t.db, accountIds, { now: NOW });
  });
  afterAll(() => t?.close());

  it('stores each account’s values, a null percentile included, and leaves the others alone', async () => {
    const [a, b, untouched] = accountIds;
    const before = await t.db
      .selectFrom('account_metrics')
      .selectAll()
      .where('account_id', '=', untouched!)
      .executeTakeFirstOrThrow();
    await saveTierDerivations(
      t.db,
      [
        { accountId: a!, erPercentile: null, expectedViews: 1_234.5, midUsd: 99.25 },
        { accountId: b!, erPercentile: 37.5, expectedViews: 800, midUsd: 12 },
      ],
      4242,
    );
    // A batch of another size compiles its own statement.
    await saveTierDerivations(t.db, [{ accountId: a!, erPercentile: 61, expectedViews: 1_300, midUsd: 101.5 }], 4243);
    const rows = await t.db
      .selectFrom('account_metrics')
      .select(['account_id', 'er_percentile', 'expected_views_post', 'price_post_mid_usd', 'revision'])
      .where('account_id', 'in', [a!, b!])
      .orderBy('account_id')
      .execute();
    expect(rows.map((r) => ({ ...r, revision: Number(r.revision) }))).toEqual([
      { account_id: a, er_percentile: 61, expected_views_post: 1_300, price_post_mid_usd: 101.5, revision: 4243 },
      { account_id: b, er_percentile: 37.5, expected_views_post: 800, price_post_mid_usd: 12, revision: 4242 },
    ]);
    expect(
      await t.db
        .selectFrom('account_metrics')
        .selectAll()
        .where('account_id', '=', untouched!)
        .executeTakeFirstOrThrow(),
    ).toEqual(before);
  });

  it('computes each platform × tier × metric benchmark from that group’s non-null values', async () => {
    // Two tiers on each platform, and gaps: a metric may be null for some accounts of a group or all of them.
    for (const [i, id] of accountIds.entries())
      await t.db
        .updateTable('account_metrics')
        .set({
          tier: i < 3 ? 'micro' : 'mid',
          er_followers: 0.01 + i * 0.007,
          er_median_likes: i % 3 === 0 ? null : 0.02 * i,
          er_views: null,
          reply_rate: i === 4 ? 0.5 : null,
          sponsored_share_90d: (i % 2) / 4,
          authenticity_score: 90 - i,
        })
        .where('account_id', '=', id)
        .execute();
    await refreshTierBenchmarks(t.db);
    const metrics = await t.db.selectFrom('account_metrics').selectAll().where('tier', 'is not', null).execute();
    const expected = new Map<string, { count: number; median: number | null; quantiles: number[] }>();
    for (const group of new Set(metrics.map((m) => `${m.platform}:${m.tier}`)))
      for (const metric of BENCHMARKED_METRICS) {
        const values = metrics
          .filter((m) => `${m.platform}:${m.tier}` === group && m[metric] !== null)
          .map((m) => Number(m[metric]));
        if (values.length > 0)
          expected.set(`${group}:${metric}`, {
            count: values.length,
            median: median(values),
            quantiles: quantiles(values),
          });
      }
    const stored = await t.db.selectFrom('tier_benchmarks').selectAll().execute();
    expect(stored.length).toBeGreaterThan(0);
    expect(
      new Map(
        stored.map((s) => [
          `${s.platform}:${s.tier}:${s.metric}`,
          {
            count: Number(s.count),
            median: s.median === null ? null : Number(s.median),
            quantiles: JSON.parse(s.quantiles),
          },
        ]),
      ),
    ).toEqual(expected);
  });
});
