// Recognises a store order that microreach made as a gift (PRODUCT.md: zero price, tagged microreach-gift), in
// any order delivery: Shopify's `tags` text holds microreach-gift and our reference `mr-gift-<ws>-<gift>`;
// WooCommerce's meta_data holds `_microreach_gift`. A gift order is never an attributed sale: the webhook
// intake hands it to the gift handler instead of the order intake. No regular expression runs on the payload
// beyond anchored, bounded tests of short tag strings.
import type { StorePlatform } from '../../core/orders/store-platforms.ts';
import { GIFT_TAG } from './store-seeding.ts';
import { GIFT_META_KEY } from './woocommerce/seeding-client.ts';

export interface GiftOrderEvent {
  kind: 'gift';
  /** `mr-gift-<workspace>-<gift>`, or null when the order carries the tag without our reference. */
  reference: string | null;
  /** The store says the order has shipped (Shopify fulfillment_status fulfilled; WooCommerce status completed). */
  fulfilled: boolean;
}

const REFERENCE = /^mr-gift-\d{1,15}-\d{1,15}$/;

export function recogniseGiftOrder(platform: StorePlatform, payload: unknown): GiftOrderEvent | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const order = payload as Record<string, unknown>;
  if (platform === 'shopify') {
    if (typeof order.tags !== 'string' || order.tags.length > 10_000) return null;
    const tags = order.tags.split(',').map((t) => t.trim());
    if (!tags.includes(GIFT_TAG)) return null;
    return {
      kind: 'gift',
      reference: tags.find((t) => t.length <= 40 && REFERENCE.test(t)) ?? null,
      fulfilled: order.fulfillment_status === 'fulfilled',
    };
  }
  if (!Array.isArray(order.meta_data)) return null;
  const meta = (order.meta_data as unknown[]).find(
    (m): m is { value: unknown } =>
      typeof m === 'object' && m !== null && (m as { key?: unknown }).key === GIFT_META_KEY,
  );
  if (!meta) return null;
  const value =
    typeof meta.value === 'string' && meta.value.length <= 40 && REFERENCE.test(meta.value) ? meta.value : null;
  return { kind: 'gift', reference: value, fulfilled: order.status === 'completed' };
}
