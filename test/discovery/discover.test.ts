import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { briefSchema, type BriefInput } from '../../src/core/discovery/brief.ts';
import { DiscoveryEngine } from '../../src/search-index/discovery-engine.ts';
import { discover } from '../../src/services/discovery/discover.ts';
import { refreshCreatorMetrics } from '../../src/services/vetting/refresh-creator-metrics.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import type { CreatorRecord } from '../../src/core/creators/creator-record.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const DAY = 86_400_000;
const iso = (d: number) => new Date(Date.now() - d * DAY).toISOString();

function creator(
  handle: string,
  bio: string,
  captions: string[],
  o: {
    followers?: number;
    likes?: number;
    country?: string;
    ad?: boolean;
    female?: number;
    gb?: number;
    email?: string;
  } = {},
): CreatorRecord {
  return creatorRecord(
    { displayName: handle, country: o.country ?? 'GB', email: o.email },
    {
      handle,
      bio,
      followers: o.followers ?? 30_000,
      following: 400,
      posts: Array.from({ length: 14 }, (_, i) => ({
        externalId: `${handle}-${i}`,
        type: 'image' as const,
        postedAt: iso(3 + i * 5),
        caption: `${captions[i % captions.length]}${o.ad && i % 2 === 0 ? ' #ad @rivalbrand' : ''}`,
        hashtags: (captions[i % captions.length]!.match(/#(\w+)/g) ?? [])
          .map((h) => h.slice(1))
          .concat(o.ad && i % 2 === 0 ? ['ad'] : []),
        mentions: o.ad && i % 2 === 0 ? ['rivalbrand'] : [],
        likes: o.likes ?? 900,
        comments: 30,
      })),
      audiences: [
        {
          dimension: 'age_gender',
          source: 'estimated',
          origin: 'test',
          asOf: iso(1).slice(0, 10),
          segments: [
            { key: '18-24:female', share: (o.female ?? 0.6) / 2 },
            { key: '25-34:female', share: (o.female ?? 0.6) / 2 },
            { key: '18-24:male', share: 1 - (o.female ?? 0.6) },
          ],
        },
        {
          dimension: 'country',
          source: 'verified',
          origin: 'test',
          asOf: iso(1).slice(0, 10),
          segments: [
            { key: 'GB', share: o.gb ?? 0.5 },
            { key: 'US', share: 0.2 },
            { key: 'DE', share: 0.3 - 0 + (0.5 - (o.gb ?? 0.5)) },
          ],
        },
      ],
    },
  );
}

describe.each(testDialects)('discovery on %s', (dialect) => {
  let t: TestDatabase;
  let workspaceId: number;
  let engine: DiscoveryEngine;
  const run = async (input: BriefInput) =>
    discover(t.db, engine, briefSchema.parse(input), { workspaceId, workspaceSlug: 'acme', currency: 'USD' });

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    workspaceId = (await ensureWorkspace(t.db, 'acme')).id;
    const ids = await storeCreators(t.db, workspaceId, [
      creator('anklet.anna', 'Foot model · anklets and barefoot sandals', [
        'new anklets for summer #anklets',
        'barefoot sandals on the beach #barefootsandals',
        'pedicure day',
      ]),
      creator('sole.sara', 'Shoes and sandals lover', ['sandals haul #sandals', 'summer fashion #summerfashion'], {
        female: 0.9,
        gb: 0.7,
        email: 'sara@example.com',
      }),
      creator('ad.amy', 'Anklets every day', ['anklets #anklets', 'barefoot sandals'], { ad: true }),
      creator('gym.greg', 'Gym and protein', ['leg day #fitness', 'deadlift PR'], { country: 'US' }),
      creator('mega.mia', 'Anklets and sandals', ['anklets #anklets'], { followers: 2_000_000, likes: 20_000 }),
    ]);
    await refreshCreatorMetrics(t.db, ids);
    engine = await DiscoveryEngine.open(t.db);
  });
  afterEach(async () => t.close());

  it('excludes insufficient-data scores from min_* filters unless the brief opts in (one observation each here)', async () => {
    for (const filter of [{ min_authenticity: 1 }, { min_reply_rate: 0 }, { min_engagement_percentile: 0 }]) {
      expect((await run(filter)).total_matched).toBe(0);
      const opted = await run({ ...filter, include_insufficient_data: true });
      expect(opted.total_matched).toBe(5);
    }
  });

  it('reads audience countries as typed, as a soft weight or as a hard filter, and says which', async () => {
    // sole.sara has 70 % of her audience in the UK; everyone else 50 %.
    const weight = await run({ audience: { countries: ['United Kingdom'] } });
    expect(weight.audience_countries).toEqual({ countries: ['GB'], mode: 'weight', min_share: null });
    expect(weight.total_matched).toBe(5);
    const filter = await run({ audience: { countries: ['UK'], min_country_share: 0.6 } });
    expect(filter.audience_countries).toEqual({ countries: ['GB'], mode: 'filter', min_share: 0.6 });
    expect(filter.results.map((x) => x.handle)).toEqual(['sole.sara']);
    expect(filter.results[0]!.fit.audience_match!.country).toBeCloseTo(0.7, 6);
  });

  it('ranks niche creators for a brief and explains each', async () => {
    const r = await run({ niche: { keywords: ['anklet', 'barefoot sandals', 'foot model'], hashtags: ['anklets'] } });
    expect(r.total_matched).toBe(4);
    expect(r.results.map((x) => x.handle)).not.toContain('gym.greg');
    expect(r.results[0]!.handle).toBe('anklet.anna');
    for (const x of r.results) {
      expect(x.fit.score).toBeGreaterThan(0);
      expect(x.fit.score).toBeLessThanOrEqual(100);
      expect(Object.keys(x.fit.components)).toEqual([
        'niche',
        'audience',
        'engagement',
        'reply_rate',
        'authenticity',
        'ad_fatigue',
        'cost_efficiency',
      ]);
      expect(x.explanation).toMatch(/niche match/);
      expect(x.price.deliverables.map((d) => d.deliverable)).toEqual(['post', 'reel', 'story']);
    }
  });

  it('never returns what the hard filters exclude', async () => {
    const r = await run({
      niche: { keywords: ['anklet', 'sandals'] },
      followers: { min: 25_000, max: 35_000 },
      exclude_brands: ['rivalbrand'],
      max_sponsored_share: 0.3,
      audience: { genders: ['female'], countries: ['GB', 'US'] },
      creator_countries: ['GB'],
      exclude: ['instagram:sole.sara'],
    });
    expect(r.results.map((x) => x.handle)).toEqual(['anklet.anna']);
    expect(r.results[0]!.fit.audience_match).toMatchObject({
      value: 0.42,
      age_gender: 0.6,
      country: 0.7,
      source: 'estimated',
    });
  });

  it('sees an import made after the engine was built', async () => {
    const [id] = await storeCreators(t.db, workspaceId, [
      creator('late.lea', 'Anklets anklets anklets', ['anklets #anklets #anklet']),
    ]);
    await refreshCreatorMetrics(t.db, [id!]);
    const r = await run({ niche: { keywords: ['anklets'] } });
    expect(r.results.map((x) => x.handle)).toContain('late.lea');
  });

  it('has_email and tiers filter', async () => {
    expect((await run({ niche: { keywords: ['sandals'] }, has_email: true })).results.map((x) => x.handle)).toEqual([
      'sole.sara',
    ]);
    expect((await run({ niche: { keywords: ['anklets'] }, tiers: ['mega'] })).results.map((x) => x.handle)).toEqual([
      'mega.mia',
    ]);
  });
});

describe('lookalikes', () => {
  it('ranks creators like the seeds, excluding the seeds', async () => {
    const t = await openTestDatabase('sqlite');
    try {
      const ws = (await ensureWorkspace(t.db, 'acme')).id;
      const ids = await storeCreators(t.db, ws, [
        creator('seed.sam', 'Barefoot sandals and anklets', ['anklets #anklets', 'barefoot sandals']),
        creator('twin.tia', 'Anklets and barefoot sandals daily', ['barefoot sandals #anklets', 'anklets']),
        creator('gym.gus', 'Gym and protein', ['leg day #fitness', 'deadlift']),
      ]);
      await refreshCreatorMetrics(t.db, ids);
      const engine = await DiscoveryEngine.open(t.db);
      const r = await discover(t.db, engine, briefSchema.parse({ like: ['instagram:seed.sam'] }), {
        workspaceId: ws,
        workspaceSlug: 'acme',
        currency: 'USD',
      });
      expect(r.results.map((x) => x.handle)).toEqual(['twin.tia']);
      expect(r.results[0]!.fit.components.audience.value).toBeGreaterThan(0.9);
    } finally {
      await t.close();
    }
  });
});
