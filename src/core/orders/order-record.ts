// The order shape every source (Shopify, WooCommerce, CSV / JSON import) is parsed into.
// Money: integer minor units of `currency`. Customer identity is hashed (core/identity).

import type { StorePlatform } from './store-platforms.ts';

export type OrderSource = StorePlatform | 'import';

export interface RefundRecord {
  externalId: string;
  /** Revenue given back: refunded line items after discounts, excluding tax and shipping. */
  amountMinor: number;
  refundedAt: string;
}

export interface OrderRecord {
  source: OrderSource;
  externalId: string;
  name: string | null;
  currency: string;
  placedAt: string;
  /** Line items after discounts, excluding tax and shipping: the revenue base. */
  subtotalMinor: number;
  discountsMinor: number;
  shippingMinor: number;
  taxMinor: number;
  totalMinor: number;
  cogsMinor: number | null;
  paymentFeesMinor: number | null;
  financialStatus: string | null;
  cancelledAt: string | null;
  customerKey: string | null;
  emailHash: string | null;
  addressHash: string | null;
  /** Normalised discount codes (normalizeCode). */
  codes: string[];
  landingUrl: string | null;
  referrer: string | null;
  cartToken: string | null;
  checkoutToken: string | null;
  /** mr_cid the storefront snippet stored on the cart / order itself. */
  checkoutClickId: string | null;
  refunds: RefundRecord[];
}

/** An ISO-8601 instant in UTC, or undefined when the text is not a date-time. */
export function toUtcIso(text: string | null | undefined, assumeUtc = false): string | undefined {
  if (!text) return undefined;
  const withZone = assumeUtc && !/(Z|[+-]\d\d:?\d\d)$/i.test(text) ? `${text}Z` : text;
  const ms = Date.parse(withZone);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}
