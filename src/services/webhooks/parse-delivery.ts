// Topic allow-list and payload validation per platform. Runs before the database is touched: the
// result is either a typed action or the reason the payload was refused (stored with the delivery).
import type { z } from 'zod';
import { shopifyOrderEditSchema, shopifyOrderSchema, shopifyRefundSchema, unwrapOrder } from '../../connectors/shopify/schemas.ts';
import { parseShopifyOrder } from '../../connectors/shopify/parse-shopify-order.ts';
import { parseShopifyRefund } from '../../connectors/shopify/parse-shopify-refund.ts';
import { parseExactJson } from '../../connectors/stores/parse-exact-json.ts';
import { wooDeletedSchema, wooOrderSchema } from '../../connectors/woocommerce/schemas.ts';
import { parseWooOrder } from '../../connectors/woocommerce/parse-woo-order.ts';
import type { OrderRecord, RefundRecord } from '../../core/orders/order-record.ts';
import type { StorePlatform } from '../../storage/schema.ts';

export const TOPICS: Record<StorePlatform, readonly string[]> = {
  shopify: ['orders/create', 'orders/paid', 'orders/updated', 'orders/cancelled', 'orders/edited', 'orders/delete', 'refunds/create'],
  woocommerce: ['order.created', 'order.updated', 'order.deleted', 'order.restored'],
};

/**
 * What a delivery asks for. `order` stores or updates a full order (amounts, status, cancellation,
 * refunds); `restore` does the same and also lifts a deletion; `remove` takes a deleted order out of
 * the figures; `edited` names an order whose new amounts follow in its full form; `refund` adds one.
 */
export type DeliveryAction =
  | { kind: 'order'; record: OrderRecord }
  | { kind: 'restore'; record: OrderRecord }
  | { kind: 'remove'; orderExternalId: string }
  | { kind: 'edited'; orderExternalId: string }
  | { kind: 'refund'; orderExternalId: string; toRefund: (currency: string) => RefundRecord }
  | { kind: 'ignore'; reason: string }
  | { kind: 'invalid'; reason: string };

/**
 * True for WooCommerce's "ping" sent when a webhook is saved: a form body `webhook_id=<digits>` or `{}`,
 * with optional surrounding whitespace. A hand-written scan (no regular expression), linear in length.
 */
export function isWooPing(body: string): boolean {
  let start = 0;
  let end = body.length;
  while (start < end && isSpace(body.charCodeAt(start))) start += 1;
  while (end > start && isSpace(body.charCodeAt(end - 1))) end -= 1;
  if (start === end) return true;
  if (body.charCodeAt(start) === 123 && body.charCodeAt(end - 1) === 125) {
    for (let i = start + 1; i < end - 1; i++) if (!isSpace(body.charCodeAt(i))) return false;
    return true;
  }
  const prefix = 'webhook_id=';
  if (!body.startsWith(prefix, start) || end - start === prefix.length) return false;
  for (let i = start + prefix.length; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

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
    return platform === 'shopify' ? shopifyAction(topic, payload) : wooAction(topic, payload);
  } catch (error) {
    return { kind: 'invalid', reason: (error as Error).message };
  }
}

function shopifyAction(topic: string, payload: unknown): DeliveryAction {
  if (topic === 'refunds/create') {
    const refund = validate(shopifyRefundSchema, payload);
    if (typeof refund === 'string') return { kind: 'invalid', reason: refund };
    return { kind: 'refund', orderExternalId: refund.order_id, toRefund: (currency) => parseShopifyRefund(refund, currency) };
  }
  if (topic === 'orders/edited') {
    const edit = validate(shopifyOrderEditSchema, payload);
    return typeof edit === 'string' ? { kind: 'invalid', reason: edit } : { kind: 'edited', orderExternalId: edit.order_edit.order_id };
  }
  if (topic === 'orders/delete') {
    const deleted = validate(wooDeletedSchema, payload);
    return typeof deleted === 'string' ? { kind: 'invalid', reason: deleted } : { kind: 'remove', orderExternalId: deleted.id };
  }
  const order = validate(shopifyOrderSchema, unwrapOrder(payload));
  return typeof order === 'string' ? { kind: 'invalid', reason: order } : { kind: 'order', record: parseShopifyOrder(order) };
}

function wooAction(topic: string, payload: unknown): DeliveryAction {
  if (topic === 'order.deleted') {
    const deleted = validate(wooDeletedSchema, payload);
    return typeof deleted === 'string' ? { kind: 'invalid', reason: deleted } : { kind: 'remove', orderExternalId: deleted.id };
  }
  const order = validate(wooOrderSchema, payload);
  if (typeof order === 'string') return { kind: 'invalid', reason: order };
  return { kind: topic === 'order.restored' ? 'restore' : 'order', record: parseWooOrder(order) };
}

function validate<S extends z.ZodType>(schema: S, payload: unknown): z.infer<S> | string {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  return result.error.issues.slice(0, 10).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');
}
