// Helpers for campaign / order tests: a workspace with a connected store, signed Shopify deliveries
// built from the real recorded payloads (../shared/data/api-shopify), and a quiet runtime.
import { readFileSync } from 'node:fs';
import { loadConfig, type Config } from '../../src/config.ts';
import { signBody } from '../../src/core/crypto/verify-hmac.ts';
import { createRuntime, type Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { connectStore } from '../../src/services/stores/connect-store.ts';
import type { DB } from '../../src/storage/connect.ts';
import { testData } from './test-data.ts';

export const TEST_SECRET_KEY = 'ab'.repeat(32);
export const SHOP_SECRET = 'shpss_test_secret_0123456789';

export const testConfig = (over: Record<string, string> = {}): Config =>
  loadConfig({ MICROREACH_SECRET_KEY: TEST_SECRET_KEY, ...over });

export function quietRuntime(db: DB, config: Config = testConfig()): Runtime {
  return createRuntime({ db, config }, { log: () => {} });
}

export async function connectShopify(db: DB, workspaceId: number, secret = SHOP_SECRET) {
  return connectStore(db, Buffer.from(TEST_SECRET_KEY, 'hex'), workspaceId, 'shopify', secret, 'test.myshopify.com');
}

/** A recorded Shopify orders/create body with fields replaced (id, created_at, email, landing_site…). */
export function shopifyOrder(
  file: 'dis' | 'dis2' | 'dis3' | 'dis4',
  patch: Record<string, unknown> = {},
): Record<string, unknown> {
  const raw = JSON.parse(
    readFileSync(testData(`api-shopify/itakastudio_order_create_${file}_redacted.json`), 'utf8'),
  ) as Record<string, unknown>;
  return { ...raw, ...patch };
}

export function shopifyHeaders(
  body: string,
  topic: string,
  webhookId: string,
  secret = SHOP_SECRET,
): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-shopify-topic': topic,
    'x-shopify-hmac-sha256': signBody(secret, body),
    'x-shopify-webhook-id': webhookId,
    'x-shopify-shop-domain': 'test.myshopify.com',
    'x-shopify-api-version': '2025-01',
  };
}

export const shopifyRefund = (orderId: unknown, refundId: number, subtotal: string, createdAt: string) => ({
  id: refundId,
  order_id: orderId,
  created_at: createdAt,
  note: 'test refund',
  restock: true,
  refund_line_items: [{ id: refundId + 1, quantity: 1, line_item_id: 1, subtotal, total_tax: '0.00' }],
  transactions: [{ id: refundId + 2, amount: subtotal, kind: 'refund', status: 'success', currency: 'HKD' }],
  order_adjustments: [],
});
