// Issue 12 item 5: demo data stays demo. A brand workspace's creator list and Discover leave out
// the synthetic demo creators unless it asks (include_demo); the demo workspace sees them by
// default; they are marked is_demo wherever they appear; an empty list says how many are hidden.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { refreshCreatorMetrics } from '../../src/services/vetting/refresh-creator-metrics.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { jsonBody } from '../support/json-body.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
const creator = (handle: string) =>
  creatorRecord(
    { displayName: handle },
    {
      handle,
      bio: 'anklets and barefoot sandals',
      followers: 30_000,
      posts: Array.from({ length: 8 }, (_, i) => ({
        externalId: `${handle}${i}`,
        type: 'image' as const,
        postedAt: iso(3 + i * 4),
        caption: 'anklets #anklets',
        hashtags: ['anklets'],
        likes: 900,
        comments: 30,
      })),
    },
  );

describe.each(testDialects)('demo data stays demo on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let brand: string;
  let demo: string;
  let empty: string;
  const get = async (token: string, path: string) =>
    jsonBody(await app.request(path, { headers: { authorization: `Bearer ${token}` } }));
  const discover = async (token: string, brief: object) =>
    jsonBody(
      await app.request('/api/v1/discover', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(brief),
      }),
    );
  const handles = (page: { items: { accounts: { handle: string }[]; is_demo: boolean }[] }) =>
    page.items.map((c) => `${c.accounts[0]!.handle}${c.is_demo ? ' (demo)' : ''}`).sort();

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const demoWs = await ensureWorkspace(t.db, 'demo');
    const brandWs = await ensureWorkspace(t.db, 'brand');
    const emptyWs = await ensureWorkspace(t.db, 'fresh');
    const demoIds = await storeCreators(t.db, demoWs.id, [creator('synthetic.sam'), creator('synthetic.sue')]);
    await t.db
      .updateTable('creators')
      .set({ demo: '{"niche":"anklets","problems":[]}' })
      .where('id', 'in', demoIds)
      .execute();
    const realIds = await storeCreators(t.db, brandWs.id, [creator('real.rita')]);
    await refreshCreatorMetrics(t.db, [...demoIds, ...realIds]);
    const tokenOf = async (workspaceId: number) => (await createApiToken(t.db, workspaceId, 'test')).token;
    brand = await tokenOf(brandWs.id);
    demo = await tokenOf(demoWs.id);
    empty = await tokenOf(emptyWs.id);
    app = createApp({ db: t.db, config: testConfig() });
  });
  afterEach(async () => t.close());

  it("leaves demo creators out of a brand workspace's list unless asked, and marks them", async () => {
    expect(handles(await get(brand, '/api/v1/creators'))).toEqual(['real.rita']);
    expect(handles(await get(brand, '/api/v1/creators?include_demo=true'))).toEqual([
      'real.rita',
      'synthetic.sam (demo)',
      'synthetic.sue (demo)',
    ]);
    expect(handles(await get(demo, '/api/v1/creators'))).toEqual([
      'real.rita',
      'synthetic.sam (demo)',
      'synthetic.sue (demo)',
    ]);
    expect(handles(await get(demo, '/api/v1/creators?include_demo=false'))).toEqual(['real.rita']);
  });

  it('says how many demo creators an empty list hides, so the empty state can explain', async () => {
    expect(await get(empty, '/api/v1/creators?scope=workspace')).toMatchObject({ total: 0, items: [], hidden_demo: 2 });
    expect(await get(empty, '/api/v1/creators?scope=workspace&include_demo=true')).toMatchObject({
      total: 0,
      hidden_demo: 0,
    });
    expect(await get(brand, '/api/v1/creators')).toMatchObject({ total: 1, hidden_demo: 0 });
  });

  it("leaves demo creators out of a brand workspace's Discover unless the brief asks, and marks them", async () => {
    const brief = { niche: { keywords: ['anklets'] } };
    const results = (answer: { results: { handle: string; is_demo: boolean }[] }) =>
      answer.results.map((r) => `${r.handle}${r.is_demo ? ' (demo)' : ''}`).sort();
    const own = await discover(brand, brief);
    expect(results(own)).toEqual(['real.rita']);
    expect(own.include_demo).toBe(false);
    expect(results(await discover(brand, { ...brief, include_demo: true }))).toEqual([
      'real.rita',
      'synthetic.sam (demo)',
      'synthetic.sue (demo)',
    ]);
    expect(results(await discover(demo, brief))).toEqual(['real.rita', 'synthetic.sam (demo)', 'synthetic.sue (demo)']);
    expect(results(await discover(empty, { ...brief, has_email: true }))).toEqual([]);
  });
});
