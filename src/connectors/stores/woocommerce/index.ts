// WooCommerce: webhooks signed X-WC-Webhook-Signature = base64(HMAC-SHA256(secret, raw body)).
import { woocommerceSeeding } from './seeding-client.ts';
import { woocommerceAdmin } from './admin-client.ts';
import { verifyHmac } from '../../../core/crypto/verify-hmac.ts';
import type { StoreConnector, StoreEvent } from '../store-connector.ts';
import { codesOnly, isAttributionMeta, keepFields } from '../keep-fields.ts';
import { issuesText, validated } from '../zod-issues.ts';
import { isWooPing } from './is-woo-ping.ts';
import { parseWooOrder } from './parse-woo-order.ts';
import { wooDeletedSchema, wooOrderSchema } from './schemas.ts';

function parseEvent(topic: string, payload: unknown): StoreEvent {
  if (topic === 'order.deleted') {
    const r = validated(wooDeletedSchema, payload);
    return 'issues' in r
      ? { kind: 'invalid', reason: issuesText(r.issues) }
      : { kind: 'remove', orderExternalId: r.value.id };
  }
  const r = validated(wooOrderSchema, payload);
  if ('issues' in r) return { kind: 'invalid', reason: issuesText(r.issues) };
  return { kind: topic === 'order.restored' ? 'restore' : 'order', record: parseWooOrder(r.value) };
}

export const woocommerce = {
  id: 'woocommerce',
  label: 'WooCommerce',
  headers: {
    signature: 'x-wc-webhook-signature',
    topic: 'x-wc-webhook-topic',
    deliveryId: 'x-wc-webhook-delivery-id',
    keep: [
      'x-wc-webhook-source',
      'x-wc-webhook-topic',
      'x-wc-webhook-resource',
      'x-wc-webhook-event',
      'x-wc-webhook-signature',
      'x-wc-webhook-id',
      'x-wc-webhook-delivery-id',
      'content-type',
    ],
  },
  topics: ['order.created', 'order.updated', 'order.deleted', 'order.restored'],
  verifySignature: (secret, raw, signature) => verifyHmac(secret, raw, signature),
  isPing: isWooPing,
  parseEvent,
  orderFile: {
    matches: (item) => 'date_created_gmt' in item && 'line_items' in item,
    parse: (item) => {
      const r = validated(wooOrderSchema, item);
      return 'issues' in r ? r : parseWooOrder(r.value);
    },
  },
  retainForAttribution: (payload) => {
    const kept = keepFields(
      payload,
      [
        'id',
        'number',
        'currency',
        'status',
        'date_created_gmt',
        'date_modified_gmt',
        'discount_total',
        'shipping_total',
        'total_tax',
        'total',
        'refunds',
      ],
      [{ list: 'meta_data', nameKey: 'key', keep: isAttributionMeta }],
    ) as Record<string, unknown>;
    const codes = codesOnly((payload as { coupon_lines?: unknown })?.coupon_lines);
    return codes ? { ...kept, coupon_lines: codes } : kept;
  },
  // WooCommerce signs with the secret after decoding HTML entities (wp_specialchars_decode): "&amp;" → "&".
  signingSecret: (typed) => typed.replaceAll('&amp;', '&'),
  admin: woocommerceAdmin,
  seeding: woocommerceSeeding,
  docs: {
    summary:
      'WooCommerce: order.created, order.updated, order.deleted, order.restored (the unsigned ping sent when a webhook is saved is answered 200)',
    headers: [
      { name: 'X-WC-Webhook-Signature', description: 'WooCommerce: base64(HMAC-SHA256(secret, raw body))' },
      { name: 'X-WC-Webhook-Topic', description: 'WooCommerce: the topic, e.g. order.created' },
      { name: 'X-WC-Webhook-Delivery-Id', description: 'WooCommerce: the delivery id' },
    ],
  },
} as const satisfies StoreConnector<'woocommerce'>;
