// The storefront snippet and checkout report, the click buffer on close, WooCommerce deliveries.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signBody } from '../../src/core/crypto/verify-hmac.ts';
import { createApp } from '../../src/http/app.ts';
import { createSchemaInput } from './campaign-input.ts';
import { createCampaign } from '../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../src/services/campaigns/enroll-creator.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { connectStore } from '../../src/services/stores/connect-store.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import {
  connectShopify,
  quietRuntime,
  shopifyHeaders,
  shopifyOrder,
  TEST_SECRET_KEY,
  testConfig,
} from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { jsonBody } from '../support/json-body.ts';
import { hasTestData, testData } from '../support/test-data.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe.runIf(hasTestData).each(testDialects)('snippet, clicks and WooCommerce on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let runtime: Runtime;
  let ws: number;

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    ws = (await ensureWorkspace(t.db, 'acme', { currency: 'USD' })).id;
    await setAllowedDomains(t.db, ws, ['shop.example']);
    await storeCreators(t.db, ws, [creatorRecord({}, { handle: 'ana', followers: 30_000 })]);
    const campaign = await createCampaign(
      t.db,
      ws,
      createSchemaInput({ name: 'C', destination_url: 'https://shop.example/#top' }),
    );
    await enrollCreator(t.db, ws, campaign.id, {
      ...createSchemaInput.enroll({ creator: 'instagram:ana', link_key: 'ana', code: 'ANA10' }),
    });
    await connectShopify(t.db, ws);
    await connectStore(t.db, Buffer.from(TEST_SECRET_KEY, 'hex'), ws, 'woocommerce', 'hush', null);
    // Batched clicks, so the clean-shutdown test below sees them wait in memory (durable: test/scale).
    runtime = quietRuntime(t.db, testConfig({ MICROREACH_CLICK_WRITES: 'batched' }));
    app = createApp({ db: t.db, config: testConfig(), runtime });
  });
  afterEach(async () => {
    await runtime.close();
    await t.close();
  });

  const click = async () => {
    const res = await app.request('/r/ana', { headers: { 'user-agent': CHROME } });
    const url = new URL(res.headers.get('location')!);
    expect(url.hash).toBe('#top');
    return url.searchParams.get('mr_cid')!;
  };

  it('serves the snippet for a workspace', async () => {
    const res = await app.request('/snippet.js?w=acme');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    const js = await res.text();
    expect(js).toContain('mr_cid');
    expect(js).toContain('/t/checkout');
    expect(js).toContain('"acme"');
    expect((await app.request('/snippet.js?w=<script>')).status).toBe(400);
  });

  it('attributes an order whose landing URL was lost through the click id the snippet stored for its cart', async () => {
    const cid = await click();
    const report = await app.request('/t/checkout', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ w: 'acme', cid, token: 'cart-123' }),
    });
    expect(report.status).toBe(204);
    expect(
      (
        await app.request('/t/checkout', {
          method: 'POST',
          body: JSON.stringify({ w: 'acme', cid: 'made-up-click-id', token: 'cart-9' }),
        })
      ).status,
    ).toBe(404);
    const order = shopifyOrder('dis2', {
      cart_token: 'cart-123',
      created_at: new Date(Date.now() + 60_000).toISOString(),
    });
    const body = JSON.stringify(order);
    const res = await app.request('/webhooks/shopify/acme', {
      method: 'POST',
      headers: shopifyHeaders(body, 'orders/create', 'w1'),
      body,
    });
    expect(res.status).toBe(200);
    const a = await t.db.selectFrom('attributions').selectAll().executeTakeFirstOrThrow();
    expect(a.rule).toBe('click');
    expect(JSON.parse(a.evidence)).toMatchObject({ click_id: cid, via: 'checkout' });
  });

  it('writes buffered clicks on close (clean shutdown loses none)', async () => {
    for (let i = 0; i < 5; i++) await click();
    expect(runtime.clicks.pending).toBe(5);
    await runtime.close();
    expect(runtime.clicks.pending).toBe(0);
    expect(
      Number(
        (
          await t.db
            .selectFrom('clicks')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(5);
  });

  it('accepts a WooCommerce delivery signed like the check vector, and ignores pings', async () => {
    const body = readFileSync(testData('api-woocommerce/woocommerce_docs_v3_order_create_response.json'));
    const headers = {
      'content-type': 'application/json',
      'x-wc-webhook-topic': 'order.created',
      'x-wc-webhook-delivery-id': 'd-1',
      'x-wc-webhook-signature': 'z5WgKizz0lB6jg96CXmdO5pkbno7RSHkyGToV7RkdOY=',
    };
    const res = await app.request('/webhooks/woocommerce/acme', { method: 'POST', headers, body });
    expect(res.status).toBe(200);
    expect(await jsonBody(res)).toMatchObject({ outcome: 'processed' });
    const order = await t.db.selectFrom('orders').selectAll().executeTakeFirstOrThrow();
    expect(order).toMatchObject({ source: 'woocommerce', external_id: '727', subtotal_minor: 1800, currency: 'USD' });
    const wrong = await app.request('/webhooks/woocommerce/acme', {
      method: 'POST',
      headers: { ...headers, 'x-wc-webhook-signature': signBody('nope', body) },
      body,
    });
    expect(wrong.status).toBe(401);
    // Pings arrive when a webhook is saved, signed or not; WooCommerce needs a 2xx to save it.
    for (const [ping, signature] of [
      ['webhook_id=15', signBody('hush', 'webhook_id=15')],
      ['webhook_id=16', undefined],
      ['{}', signBody('hush', '{}')],
    ] as const) {
      const r = await app.request('/webhooks/woocommerce/acme', {
        method: 'POST',
        headers: {
          ...(signature ? { 'x-wc-webhook-signature': signature } : {}),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: ping,
      });
      expect(r.status).toBe(200);
      expect((await jsonBody(r)).outcome).toBe('ignored');
    }
    expect(
      Number(
        (
          await t.db
            .selectFrom('orders')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(1);
  });
});
