// Issue "discovery", done when: on the demo world, briefs for each niche return that niche's
// creators first (precision@20 ≥ 0.9 on the generator's labels), and the planted problem creators
// rank below clean ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefSchema, type BriefInput } from '../../src/core/discovery/brief.ts';
import { generateDemoWorld } from '../../src/demo/generate-demo-world.ts';
import { DiscoveryEngine } from '../../src/search-index/discovery-engine.ts';
import { discover } from '../../src/services/discovery/discover.ts';
import { refreshAllAccountMetrics } from '../../src/services/vetting/refresh-all-account-metrics.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

const AS_OF = new Date('2026-06-01T00:00:00.000Z');

/** What a marketer would type for each niche (demo niche name → brief). */
const NICHE_BRIEFS: Record<string, BriefInput['niche']> = {
  beauty: { keywords: ['makeup', 'skincare'], categories: ['beauty'] },
  family: { keywords: ['mom life', 'toddler'], categories: ['family'] },
  fashion: { keywords: ['outfit', 'street style'], categories: ['fashion'] },
  fitness: { keywords: ['gym', 'strength training'], categories: ['fitness'] },
  food: { keywords: ['recipe', 'dinner'], categories: ['food'] },
  interior: { keywords: ['home decor', 'interior design'], categories: ['interior'] },
  pets: { keywords: ['dog', 'puppy'], categories: ['pets'] },
  travel: { keywords: ['travel', 'beach'], categories: ['travel'] },
  footwear: { keywords: ['sandals', 'barefoot', 'foot model'], categories: ['footwear'] },
  accessories: { keywords: ['anklet', 'jewellery'], categories: ['accessories'] },
  home_workouts: { keywords: ['home workout', 'yoga mat'], categories: ['home_workouts'] },
  vegan_food: { keywords: ['vegan', 'plant based'], categories: ['vegan_food'] },
};

describe('discovery on the demo world', () => {
  let t: TestDatabase;
  let engine: DiscoveryEngine;
  let labels: Map<number, { niche: string; problems: string[] }>;
  /** The account the generator planted a creator's problem on: its first (primary) account. */
  let primary: Set<number>;
  const run = (input: BriefInput) =>
    discover(t.db, engine, briefSchema.parse(input), {
      workspaceId: 1,
      workspaceSlug: 'demo',
      currency: 'USD',
      now: AS_OF,
    });

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await generateDemoWorld(t.db, { creators: 2_000, seed: 11, asOf: AS_OF, workers: false });
    await refreshAllAccountMetrics(t.db, { now: AS_OF });
    engine = await DiscoveryEngine.open(t.db);
    const rows = await t.db.selectFrom('creators').select(['id', 'demo']).execute();
    labels = new Map(rows.map((r) => [r.id, JSON.parse(r.demo!) as { niche: string; problems: string[] }]));
    const accounts = await t.db.selectFrom('accounts').select(['id', 'creator_id']).orderBy('id').execute();
    const seen = new Set<number>();
    primary = new Set(accounts.filter((a) => !seen.has(a.creator_id) && seen.add(a.creator_id)).map((a) => a.id));
  }, 300_000);
  afterAll(async () => t.close());

  it.each(Object.entries(NICHE_BRIEFS))(
    'a %s brief returns %s creators first (precision@20 ≥ 0.9)',
    async (niche, brief) => {
      const answer = await run({ niche: brief, limit: 20 });
      expect(answer.results).toHaveLength(20);
      const hits = answer.results.filter((r) => labels.get(r.creator_id)!.niche === niche).length;
      expect(hits / 20).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('ranks planted problem creators below clean ones', async () => {
    for (const niche of ['footwear', 'fashion', 'travel', 'food']) {
      const answer = await run({ niche: NICHE_BRIEFS[niche], limit: 200 });
      const rank = (problem: (p: string[]) => boolean) => {
        const ranks = answer.results
          .map((r, i) => ({ i, p: primary.has(r.account_id) ? labels.get(r.creator_id)!.problems : [] }))
          .filter((x) => problem(x.p))
          .map((x) => x.i);
        return ranks.length === 0 ? null : ranks.reduce((s, x) => s + x, 0) / ranks.length;
      };
      const clean = rank((p) => p.length === 0)!;
      for (const problem of ['bought_followers', 'engagement_pod', 'heavy_advertiser']) {
        const planted = rank((p) => p.includes(problem));
        if (planted !== null) expect(planted, `${niche}: mean rank of ${problem} vs clean`).toBeGreaterThan(clean);
      }
    }
  });
});
