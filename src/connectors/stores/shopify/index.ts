// Shopify: webhooks signed X-Shopify-Hmac-Sha256 = base64(HMAC-SHA256(app secret, raw body)).
import { shopifySeeding } from './seeding-client.ts';
import { shopifyAdmin } from './admin-client.ts';
import { verifyHmac } from '../../../core/crypto/verify-hmac.ts';
import type { StoreConnector, StoreEvent } from '../store-connector.ts';
import { codesOnly, isAttributionMeta, keepFields } from '../keep-fields.ts';
import { issuesText, validated } from '../zod-issues.ts';
import { parseShopifyOrder } from './parse-shopify-order.ts';
import { parseShopifyRefund } from './parse-shopify-refund.ts';
import {
  shopifyDeletedSchema,
  shopifyOrderEditSchema,
  shopifyOrderSchema,
  shopifyRefundSchema,
  type ShopifyRefund,
  unwrapOrder,
} from './schemas.ts';

function parseEvent(topic: string, payload: unknown): StoreEvent {
  if (topic === 'refunds/create') {
    const r = validated(shopifyRefundSchema, payload);
    if ('issues' in r) return { kind: 'invalid', reason: issuesText(r.issues) };
    return {
      kind: 'refund',
      orderExternalId: r.value.order_id,
      refund: r.value,
    };
  }
  if (topic === 'orders/edited') {
    const r = validated(shopifyOrderEditSchema, payload);
    return 'issues' in r
      ? { kind: 'invalid', reason: issuesText(r.issues) }
      : { kind: 'edited', orderExternalId: r.value.order_edit.order_id };
  }
  if (topic === 'orders/delete') {
    const r = validated(shopifyDeletedSchema, payload);
    return 'issues' in r
      ? { kind: 'invalid', reason: issuesText(r.issues) }
      : { kind: 'remove', orderExternalId: r.value.id };
  }
  const r = validated(shopifyOrderSchema, unwrapOrder(payload));
  return 'issues' in r
    ? { kind: 'invalid', reason: issuesText(r.issues) }
    : { kind: 'order', record: parseShopifyOrder(r.value) };
}

export const shopify = {
  id: 'shopify',
  label: 'Shopify',
  headers: {
    signature: 'x-shopify-hmac-sha256',
    topic: 'x-shopify-topic',
    deliveryId: 'x-shopify-webhook-id',
    keep: [
      'x-shopify-topic',
      'x-shopify-webhook-id',
      'x-shopify-shop-domain',
      'x-shopify-api-version',
      'x-shopify-hmac-sha256',
      'x-shopify-triggered-at',
      'content-type',
    ],
  },
  topics: [
    'orders/create',
    'orders/paid',
    'orders/updated',
    'orders/cancelled',
    // a gift order's shipment (recognise-gift-order.ts); any other order is stored as orders/updated would be
    'orders/fulfilled',
    'orders/edited',
    'orders/delete',
    'refunds/create',
  ],
  verifySignature: (secret, raw, signature) => verifyHmac(secret, raw, signature),
  isPing: () => false,
  parseEvent,
  parseRefund: (refund: unknown, currency: string) => parseShopifyRefund(refund as ShopifyRefund, currency),
  orderFile: {
    matches: (item) => 'subtotal_price' in item,
    parse: (item) => {
      const r = validated(shopifyOrderSchema, unwrapOrder(item));
      return 'issues' in r ? r : parseShopifyOrder(r.value);
    },
  },
  retainForAttribution: (payload) => {
    const order = unwrapOrder(payload);
    const kept = keepFields(
      order,
      [
        'id',
        'order_id',
        'order_edit',
        'name',
        'currency',
        'created_at',
        'cancelled_at',
        'financial_status',
        'subtotal_price',
        'total_discounts',
        'total_tax',
        'total_price',
        'taxes_included',
        'landing_site',
        'referring_site',
        'cart_token',
        'checkout_token',
        'refund_line_items',
        'transactions',
        'order_adjustments',
      ],
      [{ list: 'note_attributes', nameKey: 'name', keep: isAttributionMeta }],
    ) as Record<string, unknown>;
    const codes = codesOnly((order as { discount_codes?: unknown })?.discount_codes);
    return codes ? { ...kept, discount_codes: codes } : kept;
  },
  signingSecret: (typed) => typed,
  admin: shopifyAdmin,
  seeding: shopifySeeding,
  docs: {
    summary:
      'Shopify: orders/create, orders/paid, orders/updated, orders/cancelled, orders/edited, orders/delete, refunds/create',
    headers: [
      { name: 'X-Shopify-Hmac-Sha256', description: 'Shopify: base64(HMAC-SHA256(app secret, raw body))' },
      { name: 'X-Shopify-Topic', description: 'Shopify: the topic, e.g. orders/create' },
      { name: 'X-Shopify-Webhook-Id', description: 'Shopify: the delivery id (re-deliveries are recognised)' },
    ],
  },
} as const satisfies StoreConnector<'shopify'>;
