// Campaigns, tracked links and signed Shopify deliveries through the app's request function.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import {
  connectShopify,
  quietRuntime,
  shopifyHeaders,
  shopifyOrder,
  shopifyRefund,
  testConfig,
} from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { jsonBody } from '../support/json-body.ts';
import { hasTestData } from '../support/test-data.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe.runIf(hasTestData).each(testDialects)('campaign flow on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let runtime: Runtime;
  let token: string;
  let otherToken: string;
  const api = (path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
    app.request(path, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${init.token ?? token}`, 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  const deliver = (
    payload: unknown,
    topic: string,
    webhookId: string,
    opts: { secret?: string; tamper?: (s: string) => string } = {},
  ) => {
    const body = JSON.stringify(payload);
    const headers = shopifyHeaders(body, topic, webhookId, opts.secret);
    return app.request('/webhooks/shopify/acme', {
      method: 'POST',
      headers,
      body: opts.tamper ? opts.tamper(body) : body,
    });
  };
  const count = async (table: 'orders' | 'webhook_deliveries' | 'order_refunds' | 'attributions') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const acme = await ensureWorkspace(t.db, 'acme', { currency: 'HKD' });
    const other = await ensureWorkspace(t.db, 'other');
    await setAllowedDomains(t.db, acme.id, ['shop.example']);
    token = (await createApiToken(t.db, acme.id, 'test')).token;
    otherToken = (await createApiToken(t.db, other.id, 'test')).token;
    await storeCreators(t.db, acme.id, [
      creatorRecord(
        { displayName: 'Ana Anklets', email: 'ana@example.com' },
        { handle: 'ana.anklets', followers: 31_000 },
      ),
      creatorRecord({ displayName: 'Big Ben' }, { handle: 'bigben', followers: 2_500_000 }),
    ]);
    await connectShopify(t.db, acme.id);
    runtime = quietRuntime(t.db);
    app = createApp({ db: t.db, config: testConfig(), runtime });
  });
  afterEach(async () => {
    await runtime.close();
    await t.close();
  });

  async function setUpCampaign() {
    const created = await api('/api/v1/campaigns', {
      method: 'POST',
      body: {
        name: 'Spring anklets',
        destination_url: 'https://shop.example/anklets',
        starts_on: '2025-01-01',
        ends_on: '2025-02-28',
      },
    });
    expect(created.status).toBe(201);
    const campaign = await jsonBody(created);
    const ana = await api(`/api/v1/campaigns/${campaign.id}/creators`, {
      method: 'POST',
      body: {
        creator: 'instagram:@Ana.Anklets',
        fee_minor: 30000,
        commission_bps: 1000,
        code: '0124C',
        link_key: 'ana',
        deliverables: ['1 reel'],
      },
    });
    expect(ana.status).toBe(201);
    const ben = await api(`/api/v1/campaigns/${campaign.id}/creators`, {
      method: 'POST',
      body: {
        creator: 'instagram:bigben',
        fee_minor: 200000,
        code: 'Alan Test 0123B',
        link_key: 'ben',
        impressions: 400000,
        engagements: 8000,
      },
    });
    expect(ben.status).toBe(201);
    return { campaign, ana: await jsonBody(ana), ben: await jsonBody(ben) };
  }

  it('creates a campaign, enrolls creators with links and codes, and lists them', async () => {
    const { campaign, ana } = await setUpCampaign();
    expect(campaign).toMatchObject({
      name: 'Spring anklets',
      currency: 'HKD',
      window_days: 30,
      model: 'last_click',
      utm: { campaign: 'spring-anklets' },
    });
    expect(ana).toMatchObject({
      account: { handle: 'ana.anklets', tier: 'micro' },
      link: { key: 'ana', path: '/r/ana' },
      code: '0124C',
      costs: { fee_minor: 30000, commission_bps: 1000 },
    });
    const list = await jsonBody(await api('/api/v1/campaigns'));
    expect(list.items.map((c: { name: string }) => c.name)).toEqual(['Spring anklets']);
    expect(
      (await jsonBody(await api(`/api/v1/campaigns/${campaign.id}/codes`))).items.map((c: { code: string }) => c.code),
    ).toEqual(['0124C', 'Alan Test 0123B']);
    expect((await jsonBody(await api(`/api/v1/campaigns/${campaign.id}/links`))).items).toHaveLength(2);
  });

  it('refuses a discount code already used in the workspace, case-insensitively', async () => {
    const { campaign } = await setUpCampaign();
    await storeCreators(t.db, 1, [creatorRecord({}, { handle: 'third.one' })]);
    const res = await api(`/api/v1/campaigns/${campaign.id}/creators`, {
      method: 'POST',
      body: { creator: 'instagram:third.one', code: ' 0124c ' },
    });
    expect(res.status).toBe(409);
    expect((await jsonBody(res)).error.details[0].path).toBe('code');
  });

  it.each([
    ['an unknown creator', { creator: 'instagram:nobody.here' }, 404, 'creator'],
    ['a malformed reference', { creator: 'ana' }, 400, 'creator'],
    ['a negative fee', { creator: 'instagram:bigben', fee_minor: -1 }, 400, 'fee_minor'],
  ])('refuses enrolling %s', async (_label, body, status, path) => {
    const { campaign } = await setUpCampaign();
    const res = await api(`/api/v1/campaigns/${campaign.id}/creators`, { method: 'POST', body });
    expect(res.status).toBe(status);
    expect((await jsonBody(res)).error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it("gives workspace B a 404 for workspace A's campaign, report and deliveries", async () => {
    const { campaign } = await setUpCampaign();
    for (const path of [
      `/api/v1/campaigns/${campaign.id}`,
      `/api/v1/campaigns/${campaign.id}/report`,
      `/api/v1/campaigns/${campaign.id}/links`,
    ]) {
      const res = await api(path, { token: otherToken });
      expect(res.status, path).toBe(404);
    }
    expect((await jsonBody(await api('/api/v1/campaigns', { token: otherToken }))).items).toEqual([]);
    await deliver(shopifyOrder('dis2'), 'orders/create', 'w-1');
    expect((await jsonBody(await api('/api/v1/orders', { token: otherToken }))).total).toBe(0);
    expect((await jsonBody(await api('/api/v1/webhook-deliveries', { token: otherToken }))).total).toBe(0);
    const replay = await api('/api/v1/webhook-deliveries/1/replay', { method: 'POST', token: otherToken });
    expect(replay.status).toBe(404);
  });

  it('redirects a tracked link with UTM, mr_cid and a visitor cookie; counts one click per visitor per hour', async () => {
    await setUpCampaign();
    const first = await app.request('/r/ana', { headers: { 'user-agent': CHROME } });
    expect(first.status).toBe(302);
    const location = new URL(first.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe('https://shop.example/anklets');
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      utm_source: 'influencer',
      utm_medium: 'creator',
      utm_campaign: 'spring-anklets',
      utm_content: 'ana',
    });
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^mr_vid=[0-9a-f]{32}; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax$/);
    const again = await app.request('/r/ana', { headers: { 'user-agent': CHROME, cookie: cookie.split(';')[0]! } });
    expect(new URL(again.headers.get('location')!).searchParams.get('mr_cid')).toBe(
      location.searchParams.get('mr_cid'),
    );
    expect(again.headers.get('set-cookie')).toBeNull();
    for (const [method, ua] of [
      ['HEAD', CHROME],
      ['GET', 'facebookexternalhit/1.1'],
      ['GET', 'Slackbot-LinkExpanding 1.0'],
    ] as const) {
      const res = await app.request('/r/ana', { method, headers: { 'user-agent': ua } });
      expect(res.status).toBe(302);
      expect(new URL(res.headers.get('location')!).searchParams.get('mr_cid')).toBeNull();
    }
    expect((await app.request('/r/nope', { headers: { 'user-agent': CHROME } })).status).toBe(404);
    // Durable clicks (the default): the click is committed before its redirect is answered.
    expect(runtime.clicks.pending).toBe(0);
    const clicks = await t.db.selectFrom('clicks').selectAll().execute();
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.click_id).toBe(location.searchParams.get('mr_cid'));
  });

  it('stores the same webhook delivered 3 times once as an order', async () => {
    await setUpCampaign();
    const order = shopifyOrder('dis3');
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await deliver(order, 'orders/create', 'same-webhook-id'));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await Promise.all(replies.map(jsonBody))).map((b) => b.outcome)).toEqual([
      'processed',
      'duplicate',
      'duplicate',
    ]);
    expect(await count('orders')).toBe(1);
    expect(await count('webhook_deliveries')).toBe(3);
    // A different delivery of the same order (orders/paid) is idempotent on the order id too.
    expect((await jsonBody(await deliver(order, 'orders/paid', 'another-id'))).outcome).toBe('processed');
    expect(await count('orders')).toBe(1);
  });

  it('refuses a wrong signature with 401 and stores the delivery but no order', async () => {
    await setUpCampaign();
    const res = await deliver(shopifyOrder('dis3'), 'orders/create', 'w-bad', { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    expect(await count('orders')).toBe(0);
    const stored = await t.db.selectFrom('webhook_deliveries').selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ outcome: 'bad_signature', signature_ok: 0, order_id: null, body_truncated: 1 });
    // A sample of the first 8 KiB of bytes (a cut multibyte character becomes one replacement character).
    expect(Buffer.byteLength(stored.body)).toBeGreaterThan(8 * 1024 - 4);
    expect(Buffer.byteLength(stored.body)).toBeLessThanOrEqual(8 * 1024 + 2);
    const replay = await api(`/api/v1/webhook-deliveries/${stored.id}/replay`, { method: 'POST' });
    expect(replay.status).toBe(403);
    expect(await count('orders')).toBe(0);
  });

  it('refuses a tampered body under the right header with 401', async () => {
    await setUpCampaign();
    const res = await deliver(shopifyOrder('dis3'), 'orders/create', 'w-tamper', {
      tamper: (s) => s.replace('"284.00"', '"2840.00"'),
    });
    expect(res.status).toBe(401);
    expect(await count('orders')).toBe(0);
    expect(await count('webhook_deliveries')).toBe(1);
  });

  it('refuses a payload that fails validation with 400 and the reason, stored', async () => {
    await setUpCampaign();
    const res = await deliver(
      shopifyOrder('dis3', { currency: 'dollars', subtotal_price: 'a lot' }),
      'orders/create',
      'w-invalid',
    );
    expect(res.status).toBe(400);
    const body = await jsonBody(res);
    expect(body.error).toMatch(/currency: .*ISO 4217/);
    expect(body.error).toMatch(/subtotal_price/);
    const stored = await t.db.selectFrom('webhook_deliveries').selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ outcome: 'invalid', signature_ok: 1 });
    expect(await count('orders')).toBe(0);
  });

  it('ignores topics outside the allow-list but keeps them', async () => {
    const res = await deliver({ id: 1 }, 'products/create', 'w-product');
    expect(res.status).toBe(200);
    expect((await jsonBody(res)).outcome).toBe('ignored');
    expect(await count('webhook_deliveries')).toBe(1);
  });

  it('refuses deliveries for an unknown workspace like a bad signature (401), without storing them', async () => {
    const body = JSON.stringify(shopifyOrder('dis2'));
    const res = await app.request('/webhooks/shopify/nobody', {
      method: 'POST',
      headers: shopifyHeaders(body, 'orders/create', 'x'),
      body,
    });
    expect(res.status).toBe(401);
    expect(await count('webhook_deliveries')).toBe(0);
  });

  it('keeps a refund that overtook its order as pending (202), and applies it when the order arrives', async () => {
    await setUpCampaign();
    const order = shopifyOrder('dis3');
    const early = await deliver(shopifyRefund(order.id, 900, '50.00', '2025-01-25T10:00:00Z'), 'refunds/create', 'r-1');
    expect(early.status).toBe(202);
    const pending = await jsonBody(early);
    expect(pending).toMatchObject({ ok: true, outcome: 'pending', order_id: null });
    await deliver(order, 'orders/create', 'o-1');
    expect(await count('order_refunds')).toBe(1);
    const delivery = await t.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('id', '=', pending.delivery_id)
      .executeTakeFirstOrThrow();
    expect(delivery).toMatchObject({ outcome: 'processed', attempts: 2 });
    expect(delivery.order_id).not.toBeNull();
  });

  it('counts a fee as spend only once the deal is agreed, and moves deals forward only', async () => {
    const { campaign, ana } = await setUpCampaign();
    expect(ana.deal).toEqual({ status: 'proposed', changed_at: null, fee_is_spend: false });
    const fee = async () =>
      (await jsonBody(await api(`/api/v1/campaigns/${campaign.id}/report`))).creators[0].spend.fee_minor;
    expect(await fee()).toBe(0);
    const deal = (body: object) => api(`/api/v1/campaigns/${campaign.id}/deals`, { method: 'POST', body });
    const res = await deal({ creator: 'instagram:ana.anklets', status: 'agreed', fee_minor: 32000 });
    expect(res.status).toBe(200);
    const agreed = await jsonBody(res);
    expect(agreed).toMatchObject({ costs: { fee_minor: 32000 }, deal: { status: 'agreed', fee_is_spend: true } });
    expect(await fee()).toBe(32000);
    const again = await jsonBody(await deal({ creator: 'instagram:ana.anklets', status: 'agreed' }));
    expect(again.deal.changed_at).toBe(agreed.deal.changed_at);
    expect((await deal({ creator: 'instagram:ana.anklets', status: 'paid' })).status).toBe(200);
    const back = await deal({ creator: 'instagram:ana.anklets', status: 'proposed' });
    expect(back.status).toBe(409);
    expect((await jsonBody(back)).error.details[0]).toMatchObject({ path: 'status' });
    expect((await deal({ creator: 'instagram:ana.anklets', status: 'declined' })).status).toBe(409);
    expect((await deal({ creator: 'instagram:nobody', status: 'agreed' })).status).toBe(404);
    expect((await deal({ creator: 'instagram:ana.anklets', status: 'signed' })).status).toBe(400);
  });

  it('attributes by code and by click, applies partial refunds and cancellations, and reports the figures', async () => {
    const { campaign } = await setUpCampaign();
    for (const creator of ['instagram:ana.anklets', 'instagram:bigben']) {
      expect(
        (await api(`/api/v1/campaigns/${campaign.id}/deals`, { method: 'POST', body: { creator, status: 'agreed' } }))
          .status,
      ).toBe(200);
    }
    const click = await app.request('/r/ana', { headers: { 'user-agent': CHROME } });
    const clickId = new URL(click.headers.get('location')!).searchParams.get('mr_cid')!;
    await runtime.clicks.flush();
    // Click ids carry over from the landing URL; the click happened "now", so the orders are dated after it.
    const soon = new Date(Date.now() + 60_000).toISOString();
    const byCode = shopifyOrder('dis3', { created_at: soon }); // 0124C → Ana, 284.00
    const byBigCode = shopifyOrder('dis', { created_at: soon }); // Alan Test 0123B → Ben, 374.00
    const byClick = shopifyOrder('dis2', {
      created_at: soon,
      landing_site: `/anklets?mr_cid=${clickId}&utm_content=ana`,
    }); // → Ana, 294.00
    const cancelled = shopifyOrder('dis4', {
      created_at: soon,
      discount_codes: [{ code: 'ALAN TEST 0123B', amount: '29.10', type: 'fixed_amount' }],
    }); // → Ben, 164.90
    for (const [o, id] of [
      [byCode, 'a'],
      [byBigCode, 'b'],
      [byClick, 'c'],
      [cancelled, 'd'],
    ] as const) {
      expect((await deliver(o, 'orders/create', id)).status).toBe(200);
    }
    expect((await deliver(shopifyRefund(byCode.id, 700, '100.00', soon), 'refunds/create', 'r-700')).status).toBe(200);
    expect(
      (await deliver({ ...cancelled, cancelled_at: soon, cancel_reason: 'customer' }, 'orders/cancelled', 'x-1'))
        .status,
    ).toBe(200);

    const orders = await jsonBody(await api('/api/v1/orders'));
    const rules = Object.fromEntries(
      orders.items.map((o: { name: string; attribution: { rule: string } }) => [o.name, o.attribution.rule]),
    );
    expect(rules).toEqual({
      '#1070': 'discount_code',
      '#1054': 'discount_code',
      '#1069': 'click',
      '#1071': 'discount_code',
    });
    const clickOrder = orders.items.find((o: { name: string }) => o.name === '#1069');
    expect(clickOrder.attribution.evidence).toMatchObject({
      rule: 'click',
      click_id: clickId,
      via: 'landing_url',
      window_days: 30,
      model: 'last_click',
    });

    const report = await jsonBody(await api(`/api/v1/campaigns/${campaign.id}/report`));
    const [ana, ben] = report.creators;
    // Ana: 284.00 − 100.00 refund + 294.00 = 478.00; commission 10% = 47.80; spend 300.00 + 47.80 = 347.80.
    expect(ana).toMatchObject({
      clicks: 1,
      orders: { attributed: 2, first: 2, repeat: 0, cancelled: 0 },
      revenue: { gross_minor: 57800, refunds_minor: 10000, net_minor: 47800 },
      spend: { fee_minor: 30000, commission_minor: 4780, total_minor: 34780 },
      roas: 1.37,
      cpa_minor: 17390,
      cpm_minor: null,
      cpe_minor: null,
      by_rule: { discount_code: 1, click: 1, known_customer: 0 },
    });
    // Ben: 374.00 (the cancelled 164.90 counts nothing); spend 2,000.00; CPM = 2000.00 / 400,000 × 1000 = 5.00.
    expect(ben).toMatchObject({
      orders: { attributed: 1, cancelled: 1 },
      revenue: { net_minor: 37400 },
      spend: { total_minor: 200000 },
      roas: 0.19,
      cpm_minor: 500,
      cpe_minor: 25,
      cm_roas: null,
    });
    expect(report.total).toMatchObject({ revenue: { net_minor: 85200 }, spend: { total_minor: 234780 }, roas: 0.36 });
    expect(report.tiers.micro_vs_larger).toMatchObject({
      micro: { creators: 1, roas: 1.37 },
      larger: { creators: 1, roas: 0.19 },
    });
    expect(report.currency).toBe('HKD');
  });
});
