// The REST API as a product: every main route answers the shape its OpenAPI schema documents (no
// undocumented field, none missing), pages its lists, and names the field at fault on bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/http/app.ts';
import {
  campaignDetailSchema,
  campaignReportSchema,
  codeSchema,
  enrollmentSchema,
  linkSchema,
  campaignSchema,
} from '../../src/http/schemas/campaigns.ts';
import { errorSchema, pageOf } from '../../src/http/schemas/common.ts';
import { creatorDetailSchema, creatorPageSchema, vettingReportSchema } from '../../src/http/schemas/creators.ts';
import { discoverResponseSchema } from '../../src/http/schemas/discover.ts';
import { importRunSchema, importSummarySchema, profileImportSummarySchema } from '../../src/http/schemas/imports.ts';
import { meSchema } from '../../src/http/schemas/me.ts';
import { deliverySchema, orderSchema } from '../../src/http/schemas/orders.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { seedSmallWorld, type SmallWorld } from '../support/small-world.ts';
import { jsonBody } from '../support/json-body.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const DEMO_BRIEF = {
  niche: { keywords: ['anklet', 'barefoot sandals', 'foot model'], hashtags: ['anklets'] },
  followers: { min: 25_000, max: 35_000 },
  audience: { genders: ['female'], age_bands: ['18-24', '25-34'], countries: ['GB', 'US'] },
  max_sponsored_share: 0.3,
  min_authenticity: 60,
  budget_per_post: { amount: 40_000, currency: 'GBP' },
};

/** The body matches the documented schema exactly: parsing keeps every field (nothing undocumented). */
function expectShape(schema: z.ZodType, body: unknown) {
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new Error(`response does not match its schema: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
  expect(parsed.data).toEqual(body);
}

describe.each(testDialects)('REST API v1 on %s', (dialect) => {
  let t: TestDatabase;
  let world: SmallWorld;
  let app: ReturnType<typeof createApp>;
  let token: string;
  /** A brand workspace's token: the demo workspace is a sandbox that cannot write installation-wide data. */
  let brandToken: string;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    world = await seedSmallWorld(t.db);
    token = (await createApiToken(t.db, world.workspaceId, 'test')).token;
    brandToken = (await createApiToken(t.db, (await ensureWorkspace(t.db, 'brand')).id, 'test')).token;
    app = createApp({ db: t.db, config: loadConfig({}) });
  });
  afterAll(async () => t.close());

  const call = async (
    path: string,
    init: { method?: string; json?: unknown; body?: FormData; token?: string } = {},
  ) => {
    const res = await app.request(path, {
      method: init.method ?? (init.json !== undefined || init.body !== undefined ? 'POST' : 'GET'),
      headers: {
        authorization: `Bearer ${init.token ?? token}`,
        ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    });
    const type = res.headers.get('content-type') ?? '';
    return {
      status: res.status,
      headers: res.headers,
      body: type.includes('json') ? await jsonBody(res) : await res.text(),
    };
  };

  it('GET /me names the workspace and its currency', async () => {
    const r = await call('/api/v1/me');
    expectShape(meSchema, r.body);
    expect(r.body.workspace).toMatchObject({ slug: 'demo', currency: 'GBP', is_demo: true });
  });

  it('lists, filters and pages creators', async () => {
    const r = await call('/api/v1/creators?tier=micro&per_page=3&page=2');
    expectShape(creatorPageSchema, r.body);
    expect(r.body).toMatchObject({ page: 2, per_page: 3, total: 9, total_pages: 3 });
    expect(r.body.items).toHaveLength(3);
    const bad = await call('/api/v1/creators?per_page=1000');
    expect(bad.status).toBe(400);
    expectShape(errorSchema, bad.body);
    expect(bad.body.error.details[0].path).toBe('per_page');
  });

  it('serves a creator and its vetting report with chart series and prices', async () => {
    const id = world.creatorIds['bought.bea']!;
    expectShape(creatorDetailSchema, (await call(`/api/v1/creators/${id}`)).body);
    const r = await call(`/api/v1/creators/${id}/vetting`);
    expectShape(vettingReportSchema, r.body);
    expect(r.body.authenticity.level).toBe('suspicious');
    expect(r.body.series.followers).toHaveLength(90);
    expect(r.body.series.posts).toHaveLength(18);
    expect(r.body.series.posts.filter((p: { in_er_followers: boolean }) => p.in_er_followers)).toHaveLength(12);
    expect(r.body.price.currency).toBe('GBP');
    expect(r.body.price.deliverables.map((d: { deliverable: string }) => d.deliverable)).toEqual([
      'post',
      'reel',
      'story',
    ]);
    expect(r.body.price.deliverables[0].inputs.usd_rate).toBe(0.79);
    expect((await call('/api/v1/creators/999999/vetting')).status).toBe(404);
  });

  it('discovers for the demo brief in GBP, and finds lookalikes', async () => {
    const r = await call('/api/v1/discover', { json: DEMO_BRIEF });
    expect(r.status).toBe(200);
    expectShape(discoverResponseSchema, r.body);
    const handles = r.body.results.map((x: { handle: string }) => x.handle);
    expect(handles[0]).toBe('anklet.anna');
    expect(handles).not.toContain('bought.bea');
    expect(handles).not.toContain('ad.amy');
    expect(r.body.currency).toBe('GBP');
    const like = await call('/api/v1/lookalikes', { json: { like: ['instagram:anklet.anna'], limit: 5 } });
    expect(like.status).toBe(200);
    expectShape(discoverResponseSchema, like.body);
    expect(like.body.results.map((x: { handle: string }) => x.handle)).not.toContain('anklet.anna');
    expect(like.body.results.length).toBeGreaterThan(0);
    const unknown = await call('/api/v1/lookalikes', { json: { like: ['instagram:nobody.here'] } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.details).toEqual([{ path: 'like', message: 'instagram:nobody.here' }]);
    const noSeeds = await call('/api/v1/lookalikes', { json: { limit: 5 } });
    expect(noSeeds.status).toBe(400);
    expect(noSeeds.body.error.details.map((d: { path: string }) => d.path)).toContain('like');
    const eur = await call('/api/v1/discover', {
      json: { ...DEMO_BRIEF, budget_per_post: { amount: 40_000, currency: 'EUR' } },
    });
    expect(eur.status).toBe(422);
    expect(eur.body.error.details).toEqual([{ path: 'budget_per_post.currency', message: 'no USD→EUR rate' }]);
  });

  it('pages campaigns, their creators, links and codes; reports in JSON and CSV', async () => {
    const list = await call('/api/v1/campaigns?per_page=1');
    expectShape(pageOf(campaignSchema), list.body);
    expect(list.body).toMatchObject({ total: 1, page: 1, per_page: 1 });
    const id = world.demoCampaignId;
    expectShape(campaignDetailSchema, (await call(`/api/v1/campaigns/${id}`)).body);
    const creators = await call(`/api/v1/campaigns/${id}/creators?per_page=2`);
    expectShape(pageOf(enrollmentSchema), creators.body);
    expect(creators.body).toMatchObject({ total: 3, per_page: 2 });
    expect(creators.body.items).toHaveLength(2);
    const links = await call(`/api/v1/campaigns/${id}/links?page=2&per_page=2`);
    expectShape(pageOf(linkSchema), links.body);
    expect(links.body.items).toHaveLength(1);
    const codes = await call(`/api/v1/campaigns/${id}/codes`);
    expectShape(pageOf(codeSchema), codes.body);
    expect(codes.body.total).toBe(3);
    const report = await call(`/api/v1/campaigns/${id}/report`);
    expectShape(campaignReportSchema, report.body);
    const csv = await call(`/api/v1/campaigns/${id}/report.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('spring-summer-anklets-report.csv');
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^creator,platform,handle,tier,followers,clicks,orders/);
    expect(lines[4]).toMatch(/^TOTAL,/);
    const star = report.body.creators.find(
      (c: { creator: { handle: string } }) => c.creator.handle === 'toe.ring.tara',
    );
    expect(lines.find((l) => l.includes('toe.ring.tara'))).toContain(`,${star.roas.toFixed(2)},`);
  });

  it('lists orders with their rule and flags, and webhook deliveries', async () => {
    const orders = await call(`/api/v1/orders?campaign_id=${world.demoCampaignId}&per_page=200`);
    expectShape(pageOf(orderSchema), orders.body);
    expect(orders.body.total).toBeGreaterThan(20);
    expect(
      orders.body.items.some((o: { attribution: { flags: { kind: string }[] } | null }) =>
        o.attribution?.flags.some((f) => f.kind === 'coupon_site'),
      ),
    ).toBe(true);
    expectShape(pageOf(deliverySchema), (await call('/api/v1/webhook-deliveries')).body);
  });

  it('imports a creator CSV upload: mapping, rejected rows with field and reason, and the run list', async () => {
    const csv =
      'Handle,Full name,Followers,Country,Notes\r\nnew.nina,Nina New,31.2k,United Kingdom,hi\r\nbad handle!,Bad Row,12k,GB,\r\nnew.olga,Olga New,lots,GB,\r\n';
    const form = new FormData();
    form.set('file', new File([csv], 'creators.csv', { type: 'text/csv' }));
    form.set('platform', 'instagram');
    const r = await call('/api/v1/imports', { body: form });
    expect(r.status).toBe(201);
    expectShape(importSummarySchema, r.body);
    expect(r.body.columns.map((c: { header: string; field: string | null }) => `${c.header}→${c.field}`)).toEqual([
      'Handle→handle',
      'Full name→display_name',
      'Followers→followers',
      'Country→country',
      'Notes→null',
    ]);
    expect(r.body.imported).toBeGreaterThanOrEqual(1);
    expect(r.body.rejections.map((x: { record: string; field: string }) => `${x.record}:${x.field}`)).toContain(
      'row 3:Handle',
    );
    const again = await call('/api/v1/imports', { body: form });
    expect(again.body.imported).toBe(0);
    const runs = await call('/api/v1/imports?per_page=1');
    expectShape(pageOf(importRunSchema), runs.body);
    expect(runs.body.total).toBe(2);
    expect(runs.body.items[0].rejections).toEqual(r.body.rejections);

    const noFile = new FormData();
    noFile.set('platform', 'instagram');
    const missing = await call('/api/v1/imports', { body: noFile });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe('file');
    const json = await call('/api/v1/imports', { json: { file: 'x' } });
    expect(json.status).toBe(400);
    const noHandles = new FormData();
    noHandles.set('file', new File(['Colour,Size\r\nred,3\r\n'], 'x.csv'));
    const refused = await call('/api/v1/imports', { body: noHandles });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('no column holds creator handles');
  });

  it('imports a commenter profile list: rejected rows named, the commented creators re-scored, nothing changed twice', async () => {
    // The small world's commenters are fan{i}a / fan{i}b on every creator's posts.
    const csv = [
      'username,followers_count,follows_count,media_count,has_profile_pic',
      'fan0a,3,2600,0,no',
      'fan1a,450,300,80,yes',
      'bad handle!,1,1,1,no',
    ].join('\n');
    const form = new FormData();
    form.set('file', new File([csv], 'commenters.csv', { type: 'text/csv' }));
    expect((await call('/api/v1/imports/profiles', { body: form })).status).toBe(403);
    const r = await call('/api/v1/imports/profiles', { body: form, token: brandToken });
    expect(r.status).toBe(201);
    expectShape(profileImportSummarySchema, r.body);
    expect(r.body).toMatchObject({ kind: 'profile_list', platform: 'instagram', imported: 2, rejected: 1 });
    expect(r.body.rejections).toEqual([
      { record: 'row 4', field: 'handle', reason: '"bad handle!" is not a valid instagram handle' },
    ]);
    expect(r.body.accounts_rescored).toBeGreaterThan(0);
    const again = await call('/api/v1/imports/profiles', { body: form, token: brandToken });
    expect(again.body).toMatchObject({ imported: 0, unchanged: 2, accounts_rescored: 0 });

    const json = await call('/api/v1/imports/profiles', { json: { file: 'x' }, token: brandToken });
    expect(json.status).toBe(400);
    const noHandles = new FormData();
    noHandles.set('file', new File(['followers,following\n1,2\n'], 'p.csv'));
    const refused = await call('/api/v1/imports/profiles', { body: noHandles, token: brandToken });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('no handle column');
  });
});
