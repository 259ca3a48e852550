// Issue "vetting", done when: the demo world's planted problem cases are found with the right
// reasons, and its clean creators are not flagged. One full-mode world, vetted like any import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorld } from '../../src/demo/generate-demo-world.ts';
import { refreshAllAccountMetrics } from '../../src/services/vetting/refresh-all-account-metrics.ts';
import { vetAccount } from '../../src/services/vetting/vet-account.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

const AS_OF = new Date('2026-06-01T00:00:00.000Z');

describe("vetting finds the demo world's planted problems", () => {
  let t: TestDatabase;
  /** The primary account of every demo creator (its first, where the generator plants a problem), with the label. */
  let mains: { accountId: number; problem: string }[];

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await generateDemoWorld(t.db, { creators: 1_200, seed: 7, asOf: AS_OF, workers: false });
    await refreshAllAccountMetrics(t.db, { now: AS_OF });
    const rows = await t.db
      .selectFrom('creators as c')
      .innerJoin('accounts as a', 'a.creator_id', 'c.id')
      .select(['c.id', 'c.demo', 'a.id as accountId'])
      .orderBy('a.id')
      .execute();
    const seen = new Set<number>();
    mains = rows
      .filter((r) => !seen.has(r.id) && seen.add(r.id))
      .map((r) => ({
        accountId: r.accountId,
        problem: (JSON.parse(r.demo!) as { problems: string[] }).problems[0] ?? 'clean',
      }));
  }, 300_000);
  afterAll(async () => t.close());

  const reports = async (problem: string) => {
    const accounts = mains.filter((m) => m.problem === problem);
    expect(accounts.length).toBeGreaterThan(5);
    return Promise.all(accounts.map(async (m) => (await vetAccount(t.db, m.accountId, AS_OF))!.report));
  };
  const share = (xs: boolean[]) => xs.filter(Boolean).length / xs.length;

  it('rarely flags clean creators, although their histories have organic bursts and viral posts', async () => {
    const clean = await reports('clean');
    // The noise is real: spike detection sees jumps on clean accounts too (explained or not).
    expect(share(clean.map((r) => r.growth.spikes.length > 0))).toBeGreaterThanOrEqual(0.05);
    // Measured at 2 suspicious and 32 watch of 980 (seed 7): organic bursts that engagement follows
    // too slowly to be explained. Insufficient data (almost no posts) is no flag.
    expect(share(clean.map((r) => r.authenticity.level === 'suspicious'))).toBeLessThanOrEqual(0.005);
    expect(
      share(clean.map((r) => r.authenticity.level === 'suspicious' || r.authenticity.level === 'watch')),
    ).toBeLessThanOrEqual(0.05);
    expect(clean.filter((r) => r.findings.some((f) => f.code === 'heavy_advertiser'))).toEqual([]);
  }, 120_000);

  it('finds bought followers by an unexplained follower spike, mostly as suspicious', async () => {
    const bought = await reports('bought_followers');
    expect(
      share(bought.map((r) => r.authenticity.reasons.some((x) => x.code === 'follower_spike'))),
    ).toBeGreaterThanOrEqual(0.9);
    expect(share(bought.map((r) => r.authenticity.level === 'suspicious'))).toBeGreaterThanOrEqual(0.8);
  });

  it('finds engagement pods by generic comments and a comment ring', async () => {
    const pods = await reports('engagement_pod');
    expect(
      share(pods.map((r) => r.authenticity.reasons.some((x) => ['generic_comments', 'comment_ring'].includes(x.code)))),
    ).toBeGreaterThanOrEqual(0.9);
    expect(share(pods.map((r) => r.authenticity.level === 'suspicious'))).toBeGreaterThanOrEqual(0.8);
  });

  it('finds heavy advertisers by their sponsored share, with the brands', async () => {
    const heavy = await reports('heavy_advertiser');
    for (const r of heavy) {
      expect(r.sponsored.share_90d).toBeGreaterThan(0.3);
      expect(r.findings.map((f) => f.code)).toContain('heavy_advertiser');
      expect(r.sponsored.brands.length).toBeGreaterThan(0);
    }
  });
});
