// Topic allow-list and payload validation per platform. Runs before the database is touched: the
// result is either a typed action or the reason the payload was refused (stored with the delivery).
import type { z } from 'zod';
import { shopifyOrderSchema, shopifyRefundSchema, unwrapOrder } from '../../connectors/shopify/schemas.ts';
import { parseShopifyOrder } from '../../connectors/shopify/parse-shopify-order.ts';
import { parseShopifyRefund } from '../../connectors/shopify/parse-shopify-refund.ts';
import { wooOrderSchema } from '../../connectors/woocommerce/schemas.ts';
import { parseWooOrder } from '../../connectors/woocommerce/parse-woo-order.ts';
import type { OrderRecord, RefundRecord } from '../../core/orders/order-record.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import { parseExactJson } from '../../connectors/stores/parse-exact-json.ts';

export const TOPICS: Record<StorePlatform, readonly string[]> = {
  shopify: ['orders/create', 'orders/paid', 'orders/updated', 'orders/cancelled', 'refunds/create'],
  woocommerce: ['order.created', 'order.updated'],
};

export type DeliveryAction =
  | { kind: 'order'; record: OrderRecord }
  | { kind: 'refund'; orderExternalId: string; toRefund: (currency: string) => RefundRecord }
  | { kind: 'ignore'; reason: string }
  | { kind: 'invalid'; reason: string };

/** True for WooCommerce's "ping" sent when a webhook is saved (form body webhook_id=…, or {}). */
export const isWooPing = (body: string) => /^\s*(webhook_id=\d+\s*|\{\s*\})?\s*$/.test(body);

export function parseDelivery(platform: StorePlatform, topic: string, body: string): DeliveryAction {
  if (platform === 'woocommerce' && isWooPing(body)) return { kind: 'ignore', reason: 'WooCommerce ping' };
  if (!TOPICS[platform].includes(topic)) return { kind: 'ignore', reason: `topic "${topic}" is not handled` };
  let payload: unknown;
  try {
    payload = parseExactJson(body);
  } catch (error) {
    return { kind: 'invalid', reason: `body is not JSON: ${(error as Error).message}` };
  }
  try {
    if (platform === 'shopify' && topic === 'refunds/create') {
      const refund = validate(shopifyRefundSchema, payload);
      if (typeof refund === 'string') return { kind: 'invalid', reason: refund };
      return { kind: 'refund', orderExternalId: refund.order_id, toRefund: (currency) => parseShopifyRefund(refund, currency) };
    }
    if (platform === 'shopify') {
      const order = validate(shopifyOrderSchema, unwrapOrder(payload));
      return typeof order === 'string' ? { kind: 'invalid', reason: order } : { kind: 'order', record: parseShopifyOrder(order) };
    }
    const order = validate(wooOrderSchema, payload);
    return typeof order === 'string' ? { kind: 'invalid', reason: order } : { kind: 'order', record: parseWooOrder(order) };
  } catch (error) {
    return { kind: 'invalid', reason: (error as Error).message };
  }
}

function validate<S extends z.ZodType>(schema: S, payload: unknown): z.infer<S> | string {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  return result.error.issues.slice(0, 10).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');
}
