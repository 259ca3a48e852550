// The store step of the onboarding through the API: connect WooCommerce, see its unsigned ping (URL
// reached, secret unproven), then a signed delivery of WooCommerce's documented order (secret proven).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/http/app.ts';
import { createApiToken } from '../../../src/services/access/create-api-token.ts';
import { createUser } from '../../../src/services/access/create-user.ts';
import { signBody } from '../../../src/core/crypto/verify-hmac.ts';
import { testConfig } from '../../support/commerce.ts';
import { jsonBody } from '../../support/json-body.ts';
import { testData, hasTestData } from '../../support/test-data.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

describe.runIf(hasTestData).each(testDialects)('store connection status on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let token = '';
  const SECRET = 'woo secret 123456';

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    const u = await createUser(t.db, {
      email: 'fin@brand.test',
      password: 'correct horse battery',
      workspace: 'brand',
      role: 'finance',
    });
    token = (await createApiToken(t.db, u.workspaceId, 'x', { userId: u.userId })).token;
    app = createApp({ db: t.db, config: testConfig() });
  });
  afterAll(async () => t.close());

  const api = async (path: string, json?: unknown) => {
    const res = await app.request(path, {
      method: json === undefined ? 'GET' : 'POST',
      body: json === undefined ? undefined : JSON.stringify(json),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
    return { status: res.status, body: await jsonBody(res) };
  };
  const lastDelivery = async () => (await api('/api/v1/workspace/stores')).body.items[0].last_delivery;

  it('shows the webhook URL, then the unsigned ping, then a signed delivery', async () => {
    expect((await api('/api/v1/workspace/stores', { platform: 'woocommerce', secret: SECRET })).status).toBe(200);
    const store = (await api('/api/v1/workspace/stores')).body.items[0];
    expect(store).toMatchObject({
      platform: 'woocommerce',
      webhook_url: 'http://localhost/webhooks/woocommerce/brand',
      last_delivery: null,
    });
    await app.request('/webhooks/woocommerce/brand', {
      method: 'POST',
      body: 'webhook_id=7',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(await lastDelivery()).toMatchObject({ outcome: 'ignored', signature_ok: false });
    const body = readFileSync(testData('api-woocommerce/woocommerce_docs_v3_order_create_response.json'), 'utf8');
    await app.request('/webhooks/woocommerce/brand', {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-wc-webhook-topic': 'order.created',
        'x-wc-webhook-signature': signBody(SECRET, body),
        'x-wc-webhook-delivery-id': '1',
      },
    });
    expect(await lastDelivery()).toMatchObject({ topic: 'order.created', signature_ok: true });
  });
});
