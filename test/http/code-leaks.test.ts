// Leaked codes, caught (issue 15, item 2) through the API: coupon-site orders (by referrer or landing
// URL) and redemptions far above what the link traffic explains, shown per creator with the evidence;
// "replace code" makes a new code in the (replay) store and disables the old one, idempotently.
// Another workspace sees and touches none of it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderRecord } from '../../src/core/orders/order-record.ts';
import { createApp } from '../../src/http/app.ts';
import { codeLeaksSchema, replaceCodeResultSchema } from '../../src/http/schemas/campaigns.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { createUser } from '../../src/services/access/create-user.ts';
import { jobHandlers } from '../../src/services/jobs/job-handlers.ts';
import { runDueJobs } from '../../src/services/jobs/run-due-jobs.ts';
import { ingestOrder } from '../../src/services/orders/ingest-order.ts';
import { connectStore } from '../../src/services/stores/connect-store.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { TEST_SECRET_KEY, testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { type AdminReplay, startShopifyAdminReplay } from '../support/store-admin-replay.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const order = (id: string, over: Partial<OrderRecord>): OrderRecord => ({
  source: 'import',
  externalId: id,
  name: `#${id}`,
  currency: 'USD',
  placedAt: `2026-03-${String(10 + (Number(id) % 15)).padStart(2, '0')}T12:00:00.000Z`,
  subtotalMinor: 5000,
  discountsMinor: 0,
  shippingMinor: 0,
  taxMinor: 0,
  totalMinor: 5000,
  cogsMinor: null,
  paymentFeesMinor: null,
  financialStatus: 'paid',
  cancelledAt: null,
  customerKey: null,
  emailHash: null,
  addressHash: null,
  codes: [],
  landingUrl: null,
  referrer: null,
  cartToken: null,
  checkoutToken: null,
  checkoutClickId: null,
  refunds: [],
  ...over,
});

describe.each(testDialects)('code leaks on %s', (dialect) => {
  let t: TestDatabase;
  let store: AdminReplay;
  let app: ReturnType<typeof createApp>;
  let token: string;
  let otherToken: string;
  let ws: number;
  let campaignId: number;
  const api = (path: string, body?: unknown, as = token) =>
    app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    store = await startShopifyAdminReplay('shpat_leaks');
    const owner = await createUser(t.db, {
      email: 'o@acme.test',
      password: 'correct horse battery',
      workspace: 'acme',
      role: 'owner',
    });
    const eve = await createUser(t.db, {
      email: 'e@other.test',
      password: 'correct horse battery',
      workspace: 'other',
      role: 'owner',
    });
    ws = owner.workspaceId;
    token = (await createApiToken(t.db, ws, 'test', { userId: owner.userId })).token;
    otherToken = (await createApiToken(t.db, eve.workspaceId, 'test', { userId: eve.userId })).token;
    await setAllowedDomains(t.db, ws, ['shop.example']);
    await storeCreators(t.db, ws, [
      creatorRecord({}, { handle: 'ana', followers: 30_000 }),
      creatorRecord({}, { handle: 'ben', followers: 40_000 }),
    ]);
    await connectStore(t.db, Buffer.from(TEST_SECRET_KEY, 'hex'), ws, 'shopify', 'shpss_x', null, {
      url: `${store.origin}/admin/api/2025-01/graphql.json`,
      credentials: { admin_token: 'shpat_leaks' },
    });
    app = createApp({ db: t.db, config: testConfig() });
    const campaign = await api('/api/v1/campaigns', {
      name: 'Spring',
      destination_url: 'https://shop.example/',
      starts_on: '2026-03-01',
      ends_on: '2026-12-31',
    });
    campaignId = ((await campaign.json()) as { id: number }).id;
    for (const [handle, code] of [
      ['ana', 'ANA20'],
      ['ben', 'BEN20'],
    ]) {
      const enrolled = await api(`/api/v1/campaigns/${campaignId}/creators`, {
        creator: `instagram:${handle}`,
        code,
        code_percent_off: 20,
      });
      expect(enrolled.status).toBe(201);
      // The answer does not wait for the store: the code.sync job creates the code.
      expect(await enrolled.json()).toMatchObject({ code, code_sync: { status: 'pending', error: null } });
    }
    expect(store.codes).toHaveLength(0);
    const handlers = jobHandlers({ secretKey: Buffer.from(TEST_SECRET_KEY, 'hex'), publicOrigin: 'http://localhost' });
    expect(await runDueJobs(t.db, handlers, { now: new Date(), workspaceId: ws })).toMatchObject({ done: 2 });
    expect(store.codes.map((c) => c.code)).toEqual(['ANA20', 'BEN20']);
    // Ana's code: 8 plain code orders, 2 from RetailMeNot (referrer), 2 landing with utm_source=couponfollow.
    // Ben's: 3 plain code orders, no coupon site.
    const orders: OrderRecord[] = [];
    for (let i = 1; i <= 8; i++) orders.push(order(String(i), { codes: ['ana20'] }));
    orders.push(order('9', { codes: ['ana20'], referrer: 'https://www.retailmenot.com/view/shop.example' }));
    orders.push(order('10', { codes: ['ana20'], referrer: 'https://www.retailmenot.com/view/shop.example' }));
    orders.push(order('11', { codes: ['ana20'], landingUrl: 'https://shop.example/?utm_source=couponfollow' }));
    orders.push(order('12', { codes: ['ana20'], landingUrl: 'https://shop.example/?utm_source=CouponFollow&x=1' }));
    for (let i = 13; i <= 15; i++) orders.push(order(String(i), { codes: ['ben20'] }));
    for (const o of orders) await t.db.transaction().execute((trx) => ingestOrder(trx, ws, o));
  });
  afterEach(async () => {
    await store.close();
    await t.close();
  });

  it('shows each creator with the verdict and the coupon-site orders as evidence', async () => {
    const res = await api(`/api/v1/campaigns/${campaignId}/code-leaks`);
    expect(res.status).toBe(200);
    const body = codeLeaksSchema.parse(await res.json());
    const ana = body.items.find((i) => i.creator.handle === 'ana')!;
    const ben = body.items.find((i) => i.creator.handle === 'ben')!;
    expect(ana).toMatchObject({
      code: 'ANA20',
      code_sync: { status: 'synced' },
      suspected: true,
      reason: '4 of 12 code redemptions came from coupon sites',
      evidence: { redemptions: 12, coupon_site_redemptions: 4, clicks: 0 },
    });
    expect(ana.evidence.coupon_site_orders.map((o) => [o.name, o.site, o.via]).sort()).toEqual([
      ['#10', 'retailmenot.com', 'referrer'],
      ['#11', 'couponfollow.com', 'landing_url'],
      ['#12', 'couponfollow.com', 'landing_url'],
      ['#9', 'retailmenot.com', 'referrer'],
    ]);
    expect(ben).toMatchObject({ suspected: false, reason: null, evidence: { redemptions: 3, coupon_site_orders: [] } });
    expect(body.rule).toMatch(/Code leak suspected/);
  });

  it('replaces a leaked code: new code in the store, old one disabled, once', async () => {
    const ana = codeLeaksSchema
      .parse(await (await api(`/api/v1/campaigns/${campaignId}/code-leaks`)).json())
      .items.find((i) => i.creator.handle === 'ana')!;
    const replace = () =>
      api(`/api/v1/campaigns/${campaignId}/code-leaks/replace`, { enrollment_id: ana.enrollment_id, code: 'ANA-NEW' });
    const first = await replace();
    expect(first.status).toBe(200);
    expect(replaceCodeResultSchema.parse(await first.json())).toEqual({
      enrollment_id: ana.enrollment_id,
      old_code: { code: 'ANA20', status: 'deactivated', error: null },
      new_code: { code: 'ANA-NEW', sync: { status: 'synced', error: null } },
    });
    expect(store.codes.map((c) => [c.code, c.active])).toEqual([
      ['ANA20', false],
      ['BEN20', true],
      ['ANA-NEW', true],
    ]);
    // A repeat changes nothing, in microreach or in the store.
    const again = await replace();
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ new_code: { code: 'ANA-NEW', sync: { status: 'synced' } } });
    expect(store.codes).toHaveLength(3);
    expect(store.requests.filter((r) => r.operation === 'discountCodeBasicCreate')).toHaveLength(3);
    // The creator now shows the new code; the old one still credits her earlier orders.
    const codes = (await (await api(`/api/v1/campaigns/${campaignId}/codes`)).json()) as { items: { code: string }[] };
    expect(codes.items.map((c) => c.code).sort()).toEqual(['ANA-NEW', 'BEN20']);
    const leaks = codeLeaksSchema.parse(await (await api(`/api/v1/campaigns/${campaignId}/code-leaks`)).json());
    expect(leaks.items.find((i) => i.creator.handle === 'ana')).toMatchObject({
      code: 'ANA-NEW',
      evidence: { redemptions: 12 },
    });
    // Another code already in the workspace is refused, naming the field.
    const taken = await api(`/api/v1/campaigns/${campaignId}/code-leaks/replace`, {
      enrollment_id: ana.enrollment_id,
      code: 'ben20',
    });
    expect(taken.status).toBe(409);
  });

  it("never shows or replaces another workspace's codes", async () => {
    expect((await api(`/api/v1/campaigns/${campaignId}/code-leaks`, undefined, otherToken)).status).toBe(404);
    const res = await api(
      `/api/v1/campaigns/${campaignId}/code-leaks/replace`,
      { enrollment_id: 1, code: 'MINE' },
      otherToken,
    );
    expect(res.status).toBe(404);
    expect(store.codes).toHaveLength(2);
  });
});
