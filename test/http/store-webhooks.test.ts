// Store webhooks end to end with the official payloads of test/fixtures: exact ids, store events that
// change revenue, and the answers the OpenAPI document lists.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signBody } from '../../src/core/crypto/verify-hmac.ts';
import { sql } from 'kysely';
import { createApp } from '../../src/http/app.ts';
import { OPERATIONS } from '../../src/http/openapi/operations.ts';
import { MAX_BODY_BYTES } from '../../src/services/webhooks/receive-webhook.ts';
import { reduceDeliveryBodies } from '../../src/services/webhooks/reduce-delivery-bodies.ts';
import { UNSIGNED_SAMPLE_SIZE } from '../../src/services/webhooks/write-delivery.ts';
import { createCampaign } from '../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../src/services/campaigns/enroll-creator.ts';
import { buildCampaignReport } from '../../src/services/reports/build-campaign-report.ts';
import { createRuntime, type Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { connectStore } from '../../src/services/stores/connect-store.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { connectShopify, quietRuntime, shopifyHeaders, TEST_SECRET_KEY, testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { fixtureText } from '../support/fixtures.ts';
import { createSchemaInput } from './campaign-input.ts';
import { jsonBody } from '../support/json-body.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const WOO_SECRET = 'hush';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe.each(testDialects)('store webhooks on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let runtime: Runtime;
  let ws: number;
  let campaignId: number;

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    ws = (await ensureWorkspace(t.db, 'acme', { currency: 'USD' })).id;
    await setAllowedDomains(t.db, ws, ['shop.example']);
    await storeCreators(t.db, ws, [creatorRecord({}, { handle: 'ana', followers: 30_000 })]);
    campaignId = (
      await createCampaign(t.db, ws, createSchemaInput({ name: 'C', destination_url: 'https://shop.example/' }))
    ).id;
    await enrollCreator(
      t.db,
      ws,
      campaignId,
      createSchemaInput.enroll({ creator: 'instagram:ana', link_key: 'ana', code: 'ANA10', commission_bps: 1000 }),
    );
    await connectShopify(t.db, ws);
    await connectStore(t.db, Buffer.from(TEST_SECRET_KEY, 'hex'), ws, 'woocommerce', WOO_SECRET, null);
    runtime = quietRuntime(t.db);
    app = createApp({ db: t.db, config: testConfig(), runtime });
  });
  afterEach(async () => {
    await runtime.close();
    await t.close();
  });

  const shopify = (body: string, topic: string, id: string) =>
    app.request('/webhooks/shopify/acme', { method: 'POST', headers: shopifyHeaders(body, topic, id), body });
  const woo = (body: string, topic: string, id: string) =>
    app.request('/webhooks/woocommerce/acme', {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-wc-webhook-topic': topic,
        'x-wc-webhook-delivery-id': id,
        'x-wc-webhook-signature': signBody(WOO_SECRET, body),
      },
    });
  const order = async () => t.db.selectFrom('orders').selectAll().executeTakeFirstOrThrow();
  /** Ana's attributed net revenue, orders and commission in the campaign report. */
  const ana = async () => {
    const c = (await buildCampaignReport(t.db, ws, campaignId)).creators[0]!;
    return { net: c.revenue.net_minor, cancelled: c.orders.cancelled, commission: c.spend.commission_minor };
  };
  const wooOrder = (patch: Record<string, unknown> = {}) =>
    JSON.stringify({
      ...JSON.parse(fixtureText('woocommerce', 'order-727.json')),
      coupon_lines: [{ id: 1, code: 'ana10', discount: '0.00' }],
      ...patch,
    });
  const shopifyTestOrder = (patch: Record<string, unknown> = {}) =>
    JSON.stringify({
      ...JSON.parse(fixtureText('shopify', 'test-order-cancelled.json')),
      cancelled_at: null,
      financial_status: 'paid',
      discount_codes: [{ code: 'ANA10', amount: '5.00', type: 'fixed_amount' }],
      ...patch,
    }).replace('"id":820982911946154500', '"id":820982911946154508');

  it("accepts Shopify's test order (ids above 2^53) and keeps its ids exactly, then its older refund", async () => {
    const body = fixtureText('shopify', 'test-order-cancelled.json').replace(
      '"cancelled_at":"2022-04-06T08:09:03-04:00"',
      '"cancelled_at":null',
    );
    const res = await shopify(body, 'orders/create', 'test-1');
    expect(res.status).toBe(200);
    expect(await order()).toMatchObject({
      external_id: '820982911946154508',
      subtotal_minor: 39300,
      cancelled_at: null,
    });
    expect((await order()).customer_key).toMatch(/^email:/);
    const refund = await shopify(fixtureText('shopify', 'refund-without-subtotal.json'), 'refunds/create', 'test-2');
    expect(await jsonBody(refund)).toMatchObject({ outcome: 'processed' });
    const refunds = await t.db.selectFrom('order_refunds').selectAll().execute();
    expect(refunds.map((r) => [r.external_id, Number(r.amount_minor)])).toEqual([['890088186047892319', 8999]]);
  });

  it('follows WooCommerce order.deleted ({"id": N}) and order.restored in the report and the commission', async () => {
    expect((await woo(wooOrder(), 'order.created', 'w-1')).status).toBe(200);
    expect(await ana()).toEqual({ net: 1800, cancelled: 0, commission: 180 });
    const deleted = await woo(fixtureText('woocommerce', 'order-deleted.json'), 'order.deleted', 'w-2');
    expect(await jsonBody(deleted)).toMatchObject({ ok: true, outcome: 'processed' });
    expect(await ana()).toEqual({ net: 0, cancelled: 1, commission: 0 });
    expect((await woo(wooOrder(), 'order.restored', 'w-3')).status).toBe(200);
    expect(await ana()).toEqual({ net: 1800, cancelled: 0, commission: 180 });
    // A repeated deletion is recognised by its delivery id and changes nothing.
    expect(
      await jsonBody(await woo(fixtureText('woocommerce', 'order-deleted.json'), 'order.deleted', 'w-2')),
    ).toMatchObject({ outcome: 'duplicate' });
    expect(await ana()).toEqual({ net: 1800, cancelled: 0, commission: 180 });
  });

  it('keeps a deletion that overtook its order pending (202) and applies it when the order arrives', async () => {
    const early = await woo(fixtureText('woocommerce', 'order-deleted.json'), 'order.deleted', 'w-early');
    expect(early.status).toBe(202);
    expect(await jsonBody(early)).toMatchObject({ ok: true, outcome: 'pending', order_id: null });
    expect((await woo(wooOrder(), 'order.created', 'w-late')).status).toBe(200);
    expect(await ana()).toEqual({ net: 0, cancelled: 1, commission: 0 });
    const stored = await t.db
      .selectFrom('webhook_deliveries')
      .select(['outcome', 'order_id'])
      .where('external_id', '=', 'w-early')
      .executeTakeFirstOrThrow();
    expect(stored.outcome).toBe('processed');
    expect(stored.order_id).toBe((await order()).id);
  });

  it('follows Shopify orders/edited + orders/updated (new amounts) and orders/cancelled', async () => {
    expect((await shopify(shopifyTestOrder(), 'orders/create', 's-1')).status).toBe(200);
    expect(await ana()).toEqual({ net: 39300, cancelled: 0, commission: 3930 });
    const edited = await shopify(fixtureText('shopify', 'orders-edited.json'), 'orders/edited', 's-2');
    expect(await jsonBody(edited)).toMatchObject({ ok: true, outcome: 'processed', order_id: (await order()).id });
    // Shopify sends the edited order in full with orders/updated: one line item removed.
    await shopify(shopifyTestOrder({ subtotal_price: '194.00', total_price: '204.00' }), 'orders/updated', 's-3');
    expect(await ana()).toEqual({ net: 19400, cancelled: 0, commission: 1940 });
    await shopify(fixtureText('shopify', 'test-order-cancelled.json'), 'orders/cancelled', 's-4');
    expect(await ana()).toMatchObject({ net: 0, cancelled: 1, commission: 0 });
  });

  it('answers exactly the statuses its OpenAPI entry lists, on each store route', async () => {
    const seen = new Map<string, Set<number>>();
    const note = (path: string, status: number) => seen.set(path, (seen.get(path) ?? new Set()).add(status));
    const post = async (path: string, body: string | Buffer, headers: Record<string, string>) =>
      note(
        path.replace(/^\/webhooks\/[^/]+\/[^/]+$/, '/webhooks/{platform}/{workspace}'),
        (await app.request(path, { method: 'POST', body, headers })).status,
      );
    const p0 = () => shopifyTestOrder({ id: 1 });
    const wooHeaders = (body: string, topic: string, id: string, secret = WOO_SECRET) => ({
      'content-type': 'application/json',
      'x-wc-webhook-topic': topic,
      'x-wc-webhook-delivery-id': id,
      'x-wc-webhook-signature': signBody(secret, body),
    });
    const platforms = {
      shopify: {
        order: shopifyTestOrder(),
        orderTopic: 'orders/create',
        early: fixtureText('shopify', 'refund-without-subtotal.json'),
        earlyTopic: 'refunds/create',
        headers: (body: string, topic: string, id: string, secret?: string) => shopifyHeaders(body, topic, id, secret),
      },
      woocommerce: {
        order: wooOrder(),
        orderTopic: 'order.created',
        early: fixtureText('woocommerce', 'order-deleted.json'),
        earlyTopic: 'order.deleted',
        headers: wooHeaders,
      },
    };
    for (const [platform, p] of Object.entries(platforms)) {
      const path = `/webhooks/${platform}/acme`;
      await post(path, p.early, p.headers(p.early, p.earlyTopic, `${platform}-early`)); // 202
      await post(path, p.order, p.headers(p.order, p.orderTopic, `${platform}-order`)); // 200
      await post(path, '{"id": 1}', p.headers('{"id": 1}', p.orderTopic, `${platform}-invalid`)); // 400
      await post(path, p.order, p.headers(p.order, p.orderTopic, `${platform}-bad`, 'wrong')); // 401
      await post(`/webhooks/${platform}/nobody`, p.order, p.headers(p.order, p.orderTopic, 'x')); // 401 too
      await post(path, Buffer.alloc(MAX_BODY_BYTES + 1, 32), p.headers('', p.orderTopic, 'big')); // 413
    }
    await post('/webhooks/bigcommerce/acme', '{}', {}); // 404: no such platform
    // A processing error (here: a table the handlers need is gone) is stored and answered 500.
    await sql`drop table order_refunds`.execute(t.db);
    const refund = JSON.stringify({
      id: 5,
      order_id: '820982911946154508',
      created_at: '2022-04-07T00:00:00Z',
      transactions: [],
    });
    await post('/webhooks/shopify/acme', refund, shopifyHeaders(refund, 'refunds/create', 'fails'));
    const wooRefund = wooOrder({ refunds: [{ id: 9, total: '-1.00' }] });
    await post('/webhooks/woocommerce/acme', wooRefund, wooHeaders(wooRefund, 'order.updated', 'fails'));
    expect(
      await t.db.selectFrom('webhook_deliveries').select('outcome').where('external_id', '=', 'fails').execute(),
    ).toEqual([{ outcome: 'failed' }, { outcome: 'failed' }]);
    // Not even the raw delivery can be stored: 503, and the store sends it again.
    await sql`drop table webhook_deliveries`.execute(t.db);
    await post('/webhooks/shopify/acme', p0(), shopifyHeaders(p0(), 'orders/create', 'lost'));

    const documented = new Map(
      OPERATIONS.filter((op) => op.path.startsWith('/webhooks/')).map((op) => [
        op.path,
        new Set(Object.keys(op.responses).map(Number)),
      ]),
    );
    expect(documented.size).toBeGreaterThan(0);
    for (const [path, statuses] of documented)
      expect([...(seen.get(path) ?? [])].sort(), path).toEqual([...statuses].sort());
  });

  it('gives an unknown slug, a store not connected and a wrong signature the same answer', async () => {
    await ensureWorkspace(t.db, 'bare');
    const body = shopifyTestOrder();
    const answers = [];
    for (const [path, secret] of [
      ['/webhooks/shopify/nobody', undefined],
      ['/webhooks/shopify/bare', undefined],
      ['/webhooks/shopify/acme', 'wrong'],
    ] as const) {
      const res = await app.request(path, {
        method: 'POST',
        body,
        headers: shopifyHeaders(body, 'orders/create', 'same', secret),
      });
      answers.push([res.status, await res.text()]);
    }
    expect(answers).toEqual([[401, '{"ok":false,"error":"Signature does not match"}'], answers[0], answers[0]]);
    expect(await t.db.selectFrom('orders').selectAll().execute()).toEqual([]);
  });

  it('answers 1 MB of unsigned whitespace at once (no backtracking ping rule), and counts unsigned deliveries with a bounded sample', async () => {
    const res = await app.request('/webhooks/woocommerce/acme', {
      method: 'POST',
      body: ' '.repeat(1024 * 1024),
      headers: { 'x-wc-webhook-topic': 'order.created' },
    });
    expect(res.status).toBe(401);
    for (let i = 0; i < 29; i++) {
      await app.request('/webhooks/woocommerce/acme', {
        method: 'POST',
        body: `{"id":${i}}`,
        headers: { 'x-wc-webhook-signature': 'AAAA' },
      });
    }
    const counted = await t.db.selectFrom('webhook_rejections').selectAll().executeTakeFirstOrThrow();
    expect({ platform: counted.platform, count: Number(counted.count) }).toEqual({
      platform: 'woocommerce',
      count: 30,
    });
    const kept = await t.db
      .selectFrom('webhook_deliveries')
      .select(['body', 'body_bytes', 'body_truncated'])
      .orderBy('id')
      .execute();
    expect(kept).toHaveLength(UNSIGNED_SAMPLE_SIZE);
    expect(kept.at(-1)).toEqual({ body: '{"id":28}', body_bytes: 9, body_truncated: 0 });
    // An unsigned ping is answered 2xx whatever the slug (WooCommerce needs it to save the webhook).
    for (const path of ['/webhooks/woocommerce/acme', '/webhooks/woocommerce/nobody']) {
      const ping = await app.request(path, {
        method: 'POST',
        body: 'webhook_id=15',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect([ping.status, await ping.text()]).toEqual([200, '{"ok":true,"outcome":"ignored"}']);
    }
  });

  it('reduces raw order bodies to what attribution needs after the retention period', async () => {
    await shopify(shopifyTestOrder(), 'orders/create', 'keep-1');
    await woo(
      wooOrder({
        meta_data: [
          { id: 1, key: 'mr_cid', value: 'abc' },
          { id: 2, key: '_billing_phone', value: '555' },
        ],
      }),
      'order.created',
      'keep-2',
    );
    const days = testConfig().orderBodyRetentionDays;
    expect(await reduceDeliveryBodies(t.db, new Date(), days)).toBe(0);
    const later = new Date(Date.now() + (days + 1) * 86_400_000);
    expect(await reduceDeliveryBodies(t.db, later, days)).toBe(2);
    const [shop, wc] = await t.db.selectFrom('webhook_deliveries').selectAll().orderBy('id').execute();
    for (const pii of [
      'jon@doe.ca',
      'john@test.com',
      'Steve',
      'Shipping Street',
      'Bob Biller',
      '555-555',
      'John',
      'Smith',
    ])
      expect(shop!.body).not.toContain(pii);
    expect(JSON.parse(shop!.body)).toMatchObject({
      id: '820982911946154508',
      currency: 'USD',
      discount_codes: [{ code: 'ANA10' }],
    });
    expect(JSON.parse(wc!.body)).toMatchObject({
      id: '727',
      coupon_lines: [{ code: 'ana10' }],
      meta_data: [{ key: 'mr_cid', value: 'abc' }],
    });
    for (const pii of ['John', 'Doe', 'john.doe@example.com', '969 Market', '(555) 555-5555', '_billing_phone'])
      expect(wc!.body).not.toContain(pii);
    expect(shop).toMatchObject({ body_truncated: 1, body_reduced_at: later.toISOString() });
    expect(await reduceDeliveryBodies(t.db, later, days)).toBe(0);
    // The orders and their attribution are untouched.
    expect(await ana()).toEqual({ net: 39300 + 1800, cancelled: 0, commission: 3930 + 180 });
  });

  it('attributes an order that arrives right after its redirect, while the click is still buffered', async () => {
    await runtime.close();
    // Batched click writes (MICROREACH_CLICK_WRITES=batched): the redirect is answered before its click is written.
    runtime = createRuntime(
      { db: t.db, config: testConfig() },
      { log: () => {}, clickFlushMs: 3_600_000, durableClicks: false },
    );
    app = createApp({ db: t.db, config: testConfig(), runtime });
    const redirect = await app.request('/r/ana', { headers: { 'user-agent': CHROME } });
    const clickId = new URL(redirect.headers.get('location')!).searchParams.get('mr_cid')!;
    expect(runtime.clicks.pending).toBe(1);
    const body = shopifyTestOrder({
      discount_codes: [],
      landing_site: `/?mr_cid=${clickId}`,
      created_at: new Date(Date.now() + 1000).toISOString(),
    });
    expect((await shopify(body, 'orders/create', 'right-after')).status).toBe(200);
    const attribution = await t.db.selectFrom('attributions').select(['rule', 'evidence']).executeTakeFirstOrThrow();
    expect(attribution.rule).toBe('click');
    expect(JSON.parse(attribution.evidence)).toMatchObject({ click_id: clickId, via: 'landing_url' });
  });
});
