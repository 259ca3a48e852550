import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/http/app.ts';
import { main } from '../../src/cli/main.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { refreshCreatorMetrics } from '../../src/services/vetting/refresh-creator-metrics.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { jsonBody } from '../support/json-body.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const DAY = 86_400_000;
const now = Date.now();
const iso = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();

/** A micro creator with 20 posts, replies to half the threads, one #ad post in three, daily history. */
function vettedRecord(handle: string, options: { jump?: number } = {}) {
  const posts = Array.from({ length: 20 }, (_, i) => ({
    externalId: `${handle}-p${i}`,
    type: 'image' as const,
    postedAt: iso(3 + i * 4),
    caption: i % 3 === 0 ? `new anklets from @solestory #ad` : 'barefoot on the beach',
    hashtags: i % 3 === 0 ? ['ad'] : ['beach'],
    mentions: i % 3 === 0 ? ['solestory'] : [],
    likes: 900,
    comments: 30,
    commentThreads: [
      {
        externalId: `${handle}-c${i}a`,
        authorHandle: 'fan1',
        text: 'where are these from?',
        commentedAt: iso(3 + i * 4 - 0.1),
        byCreator: false,
      },
      {
        externalId: `${handle}-c${i}b`,
        authorHandle: 'fan2',
        text: 'love the colour',
        commentedAt: iso(3 + i * 4 - 0.1),
        byCreator: false,
      },
      {
        externalId: `${handle}-r${i}`,
        authorHandle: handle,
        text: 'from @solestory!',
        commentedAt: iso(3 + i * 4 - 0.2),
        byCreator: true,
        replyTo: `${handle}-c${i}a`,
      },
    ],
  }));
  const history = Array.from(
    { length: 120 },
    (_, i) => 30_000 + i * 20 + (options.jump && i >= 100 ? options.jump : 0),
  );
  return history.map((followers, i) =>
    creatorRecord(
      { displayName: handle },
      {
        handle,
        followers,
        following: 500,
        provenance: { source: 'test', observedAt: iso(119 - i), fetchedAt: iso(0) },
        posts: i === history.length - 1 ? posts : undefined,
      },
    ),
  );
}

describe.each(testDialects)('vetting report on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let token: string;
  let ids: number[];

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const ws = await ensureWorkspace(t.db, 'acme');
    token = (await createApiToken(t.db, ws.id, 'test')).token;
    app = createApp({ db: t.db, config: loadConfig({}) });
    const clean = await storeCreators(t.db, ws.id, vettedRecord('clean.ana'));
    const bought = await storeCreators(t.db, ws.id, vettedRecord('bought.bea', { jump: 25_000 }));
    ids = [clean[0]!, bought[0]!];
    await refreshCreatorMetrics(t.db, ids);
  });
  afterEach(async () => t.close());

  const vet = async (id: number) =>
    jsonBody(await app.request(`/api/v1/creators/${id}/vetting`, { headers: { authorization: `Bearer ${token}` } }));

  it('serves every section with formulas, samples and tier benchmarks', async () => {
    const r = await vet(ids[0]!);
    expect(r).toMatchObject({ platform: 'instagram', handle: 'clean.ana', tier: 'micro', followers: 32_380 });
    const er = r.engagement.find((e: { formula: string }) => e.formula === 'er_followers');
    expect(er).toMatchObject({ posts_used: 12, confidence: 'high', tier_accounts: 2 });
    expect(er.value).toBeGreaterThan(0.02);
    // Two accounts in the tier are too few to rank among: insufficient data, with the reason.
    expect(er.tier_percentile).toBeNull();
    expect(er.tier_percentile_reason).toMatch(/2 accounts in the tier/);
    expect(r.reply_rate).toMatchObject({ value: 0.5, threads: 40, replied: 20 });
    // 20 posts in 90 days, every third one (#0, #3 … #18) is an #ad: 7 of 20.
    expect(r.sponsored).toMatchObject({ posts: 20, sponsored_posts: 7, share_90d: 0.35 });
    expect(r.sponsored.brands).toEqual([{ handle: 'solestory', posts: 7 }]);
    expect(r.growth.spikes).toEqual([]);
    expect(r.authenticity).toMatchObject({ score: 100, level: 'ok', reasons: [] });
    expect(r.audience).toEqual({ source: null, dimensions: {} });
  });

  it('finds the bought followers with reasons', async () => {
    const r = await vet(ids[1]!);
    expect(r.growth.spikes).toHaveLength(1);
    expect(r.growth.spikes[0].explained).toBe(false);
    expect(r.authenticity.reasons.map((x: { code: string }) => x.code)).toContain('follower_spike');
    expect(r.authenticity.score).toBeLessThan(100);
  });

  it('answers with the same document as `microreach vet --json` (one service, one presenter)', async () => {
    const asOf = new Date(now).toISOString();
    const api = await jsonBody(
      await app.request(`/api/v1/creators/${ids[1]}/vetting?as_of=${asOf}`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    const out: string[] = [];
    const code = await main(['vet', 'instagram:bought.bea', '--workspace', 'acme', '--as-of', asOf, '--json'], {
      config: loadConfig({}),
      db: async () => t.db,
      out: (s) => out.push(s),
      err: (s) => out.push(s),
    });
    expect(code).toBe(0);
    expect(api.price).toBeDefined();
    expect(JSON.parse(out.join(''))).toEqual(api);
  });

  it('answers 404 for an unknown creator', async () => {
    const res = await app.request('/api/v1/creators/424242/vetting', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(404);
  });
});

describe('microreach vet', () => {
  it('prints one JSON document with --json and a readable report without', async () => {
    const t = await openTestDatabase('sqlite');
    try {
      const ws = await ensureWorkspace(t.db, 'acme');
      await refreshCreatorMetrics(t.db, await storeCreators(t.db, ws.id, vettedRecord('clean.ana')));
      const out: string[] = [];
      const run = (args: string[]) =>
        main(args, { config: loadConfig({}), db: async () => t.db, out: (s) => out.push(s), err: (s) => out.push(s) });
      expect(await run(['vet', 'instagram:@Clean.Ana', '--workspace', 'acme', '--json'])).toBe(0);
      const doc = JSON.parse(out.join(''));
      expect(Object.keys(doc)).toEqual(
        expect.arrayContaining([
          'platform',
          'handle',
          'followers',
          'tier',
          'engagement',
          'reply_rate',
          'sponsored',
          'growth',
          'authenticity',
          'audience',
          'price',
        ]),
      );
      out.length = 0;
      expect(await run(['vet', 'instagram:clean.ana', '--workspace', 'acme'])).toBe(0);
      expect(out.join('\n')).toMatch(/er_followers .* 12 posts/);
      out.length = 0;
      expect(await run(['vet', 'instagram:nobody', '--workspace', 'acme'])).toBe(2);
      expect(out.join('\n')).toMatch(/No instagram account "nobody"/);
    } finally {
      await t.close();
    }
  });
});
