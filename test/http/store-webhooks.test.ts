// Store webhooks end to end with the official payloads of test/fixtures: exact ids, store events that
// change revenue, and the answers the OpenAPI document lists.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signBody } from '../../src/core/crypto/verify-hmac.ts';
import { createApp } from '../../src/http/app.ts';
import type { Runtime } from '../../src/services/runtime.ts';
import { connectStore } from '../../src/services/stores/connect-store.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { connectShopify, quietRuntime, shopifyHeaders, TEST_SECRET_KEY, testConfig } from '../support/commerce.ts';
import { fixtureText } from '../support/fixtures.ts';
import { jsonBody } from '../support/json-body.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const WOO_SECRET = 'hush';

describe.each(testDialects)('store webhooks on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let runtime: Runtime;

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const ws = (await ensureWorkspace(t.db, 'acme', { currency: 'USD' })).id;
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
  const order = async () => t.db.selectFrom('orders').selectAll().executeTakeFirstOrThrow();

  it("accepts Shopify's test order (ids above 2^53) and keeps its ids exactly, then its older refund", async () => {
    const body = fixtureText('shopify', 'test-order-cancelled.json').replace('"cancelled_at":"2022-04-06T08:09:03-04:00"', '"cancelled_at":null');
    const res = await shopify(body, 'orders/create', 'test-1');
    expect(res.status).toBe(200);
    expect(await order()).toMatchObject({ external_id: '820982911946154508', subtotal_minor: 39300, cancelled_at: null });
    expect((await order()).customer_key).toMatch(/^email:/);
    const refund = await shopify(fixtureText('shopify', 'refund-without-subtotal.json'), 'refunds/create', 'test-2');
    expect(await jsonBody(refund)).toMatchObject({ outcome: 'processed' });
    const refunds = await t.db.selectFrom('order_refunds').selectAll().execute();
    expect(refunds.map((r) => [r.external_id, Number(r.amount_minor)])).toEqual([['890088186047892319', 8999]]);
  });
});
