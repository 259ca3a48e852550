// The SQL baseline of the benchmark must rank exactly like the index: same filters, same score.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefSchema, type BriefInput } from '../../src/core/discovery/brief.ts';
import type { CreatorRecord } from '../../src/core/creators/creator-record.ts';
import { DiscoveryEngine } from '../../src/search-index/discovery-engine.ts';
import { runBoth } from '../../scripts/bench/run-index-and-baseline.ts';
import { refreshCreatorMetrics } from '../../src/services/vetting/refresh-creator-metrics.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

const DAY = 86_400_000;
const NOW = new Date();
const iso = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();
const WORDS = [
  'anklet',
  'sandals',
  'barefoot',
  'summer',
  'fashion',
  'vegan',
  'tofu',
  'gym',
  'yoga',
  'puppy',
  'travel',
  'beach',
  'makeup',
  'skincare',
  'dress',
];
const COUNTRIES = ['GB', 'US', 'DE', 'FR', 'ES'];

/** A small deterministic world with varied niches, sizes, ads, audiences and missing data. */
function world(n: number): CreatorRecord[] {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const words = [pick(WORDS), pick(WORDS), pick(WORDS)];
    const followers = Math.round(10 ** (3 + rnd() * 3.5));
    const female = rnd();
    const gb = rnd();
    return creatorRecord(
      {
        displayName: `c${i}`,
        country: pick(COUNTRIES),
        language: pick(['en', 'de', 'es']),
        email: rnd() > 0.5 ? `c${i}@x.io` : undefined,
      },
      {
        handle: `c${i}`,
        bio: words.join(' '),
        followers,
        following: Math.round(rnd() * 3000),
        posts:
          rnd() < 0.05
            ? []
            : Array.from({ length: 6 + Math.floor(rnd() * 10) }, (_, p) => ({
                externalId: `c${i}p${p}`,
                type: pick(['image', 'reel', 'carousel'] as const),
                postedAt: iso(3 + p * (2 + rnd() * 10)),
                caption: `${pick(words)} ${pick(words)} ${rnd() < 0.15 ? '#ad @rivalbrand' : ''}`,
                hashtags: [pick(words)],
                mentions: [],
                likes: rnd() < 0.03 ? null : Math.round(followers * (0.005 + rnd() * 0.08)),
                comments: Math.round(rnd() * 40),
                views: Math.round(followers * rnd()),
              })),
        audiences:
          rnd() < 0.1
            ? []
            : [
                {
                  dimension: 'age_gender',
                  source: rnd() < 0.3 ? 'verified' : 'estimated',
                  origin: 't',
                  asOf: iso(1).slice(0, 10),
                  segments: [
                    { key: '18-24:female', share: female * 0.5 },
                    { key: '25-34:female', share: female * 0.5 },
                    { key: '25-34:male', share: 1 - female },
                  ],
                },
                {
                  dimension: 'country',
                  source: rnd() < 0.3 ? 'verified' : 'estimated',
                  origin: 't',
                  asOf: iso(1).slice(0, 10),
                  segments: [
                    { key: 'GB', share: gb * 0.6 },
                    { key: 'US', share: gb * 0.4 },
                    { key: pick(['DE', 'FR']), share: 1 - gb },
                  ],
                },
              ],
      },
    );
  });
}

/**
 * Earlier follower observations (40, 30, 20 and 10 days ago) for four creators in five, so their
 * audience score is computed; the fifth keeps one observation and stays insufficient data.
 */
function withHistory(records: CreatorRecord[]): CreatorRecord[] {
  return records.flatMap((r, i) => {
    if (i % 5 === 0) return [r];
    const account = r.accounts[0]!;
    const earlier = [40, 30, 20, 10].map((d) => ({
      ...r,
      accounts: [
        {
          ...account,
          posts: undefined,
          audiences: undefined,
          followers: Math.round((account.followers ?? 0) * (1 - d / 2000)),
          provenance: { ...account.provenance, observedAt: iso(d) },
        },
      ],
    }));
    return [...earlier, r];
  });
}

const BRIEFS: BriefInput[] = [
  {
    niche: { keywords: ['anklet', 'barefoot sandals'], hashtags: ['anklet'] },
    followers: { min: 5_000, max: 300_000 },
    audience: { genders: ['female'], countries: ['GB', 'US'] },
  },
  { niche: { keywords: ['vegan tofu'] }, max_sponsored_share: 0.2, limit: 10 },
  { niche: { categories: ['fitness'] }, tiers: ['micro', 'mid'] },
  { niche: { keywords: ['summer'], categories: ['fashion'] }, exclude_brands: ['rivalbrand'], has_email: true },
  { audience: { age_bands: ['18-24'], min_match: 0.2 }, min_authenticity: 50, creator_countries: ['GB', 'DE'] },
  {
    platforms: ['instagram'],
    min_engagement_percentile: 40,
    last_posted_within_days: 30,
    budget_per_post: { amount: 20_000, currency: 'USD' },
  },
  {
    niche: { keywords: ['makeup', 'skincare'] },
    weights: { niche: 80, cost_efficiency: 0 },
    languages: ['en'],
    limit: 100,
  },
  { platforms: ['instagram'], limit: 500 },
  { min_authenticity: 70, min_reply_rate: 0.05, include_insufficient_data: true, limit: 200 },
  // Small top-k with an audience segment but no min_match: the index keeps k winners and scores them
  // again for their details, the SQL ranks every row; results and totals must still agree.
  { audience: { genders: ['female'], countries: ['GB'] }, limit: 5 },
  // Countries as a hard filter (typed as people write them): at least 30 % of the audience in the UK or US.
  { audience: { countries: ['United Kingdom', 'USA'], min_country_share: 0.3 }, followers: '10k+' },
  {
    niche: { keywords: ['summer', 'beach'] },
    audience: { countries: ['US', 'DE'] },
    weights: { audience: 60 },
    limit: 3,
  },
  {
    audience: { age_bands: ['25-34'] },
    weights: {
      audience: 100,
      niche: 0,
      engagement: 0,
      reply_rate: 0,
      authenticity: 0,
      ad_fatigue: 0,
      cost_efficiency: 0,
    },
    limit: 4,
  },
];

describe('SQL baseline parity with the index', () => {
  let t: TestDatabase;
  let engine: DiscoveryEngine;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    const ws = await ensureWorkspace(t.db, 'acme');
    const ids = await storeCreators(t.db, ws.id, withHistory(world(300)));
    // Emails a file brings are workspace layer; the index's has_email reads the shared layer, which only
    // the demo generator fills with contact data. Stand in for it so the has_email brief has matches.
    const own = await t.db
      .selectFrom('workspace_creator_data')
      .select(['creator_id', 'email'])
      .where('email', 'is not', null)
      .execute();
    for (const o of own)
      await t.db.updateTable('creators').set({ email: o.email }).where('id', '=', o.creator_id).execute();
    await refreshCreatorMetrics(t.db, ids);
    engine = await DiscoveryEngine.open(t.db);
  }, 120_000);
  afterAll(async () => t.close());

  // With the index's statistics (what the benchmark times) and recounting them in SQL.
  it.each(BRIEFS.flatMap((b, i) => [[i, 'index statistics', b, true] as const, [i, 'recounted', b, false] as const]))(
    'brief %i (%s): same creators, same order, same scores',
    async (_i, _mode, input, precomputedStats) => {
      const brief = briefSchema.parse(input);
      const both = await runBoth(t.db, engine, brief, NOW, { precomputedStats });
      expect(both.index.length).toBeGreaterThan(0);
      expect(both.sql.map((r) => r.account_id)).toEqual(both.index.map((r) => r.accountId));
      expect(both.sql.map((r) => r.fit)).toEqual(both.index.map((r) => r.fit));
      expect(Number(both.sql[0]?.total ?? 0)).toBe(both.indexTotal);
    },
  );
});
