// WooCommerce order → OrderRecord. Revenue base = Σ line_items.total (after coupons, excluding tax);
// dates are the *_gmt fields (UTC without a zone). Landing URL and referrer come from WooCommerce's
// own order attribution meta; our snippet stores mr_cid as order meta "mr_cid".
import { normalizeCode } from '../../../core/campaigns/normalize-code.ts';
import { addressHash, customerKey, emailHash } from '../../../core/identity/customer-identity.ts';
import { toMinorUnits } from '../../../core/shared/to-minor-units.ts';
import { toUtcIso, type OrderRecord } from '../../../core/orders/order-record.ts';
import type { WooOrder } from './schemas.ts';

const metaText = (o: WooOrder, ...keys: string[]) => {
  for (const key of keys) {
    const value = o.meta_data.find((m) => m.key === key)?.value;
    if (typeof value === 'string' && value) return value;
  }
  return null;
};

export function parseWooOrder(o: WooOrder): OrderRecord {
  const minor = (v: string) => toMinorUnits(v, o.currency) ?? 0;
  const placedAt = toUtcIso(o.date_created_gmt, true);
  if (!placedAt) throw new Error(`date_created_gmt "${o.date_created_gmt}" is not a date-time`);
  const modifiedAt = toUtcIso(o.date_modified_gmt, true) ?? placedAt;
  const subtotal = o.line_items.reduce((s, li) => s + minor(li.total), 0);
  const hashedEmail = emailHash(o.billing?.email);
  const address = o.shipping?.address_1 ? o.shipping : o.billing;
  const refunds = o.refunds.map((r) => ({
    externalId: r.id,
    amountMinor: Math.abs(minor(r.total)),
    refundedAt: modifiedAt,
  }));
  // A fully refunded order whose refund records were not sent still gives all its revenue back.
  if (o.status === 'refunded' && refunds.length === 0)
    refunds.push({ externalId: 'status:refunded', amountMinor: subtotal, refundedAt: modifiedAt });
  return {
    source: 'woocommerce',
    externalId: o.id,
    name: o.number ? `#${o.number}` : null,
    currency: o.currency,
    placedAt,
    subtotalMinor: subtotal,
    discountsMinor: minor(o.discount_total),
    shippingMinor: minor(o.shipping_total),
    taxMinor: minor(o.total_tax),
    totalMinor: minor(o.total),
    cogsMinor: null,
    paymentFeesMinor: null,
    financialStatus: o.status,
    cancelledAt: ['cancelled', 'failed', 'trash'].includes(o.status) ? modifiedAt : null,
    customerKey: customerKey('woocommerce', o.customer_id, hashedEmail),
    emailHash: hashedEmail,
    addressHash: addressHash(
      address && { address1: address.address_1, zip: address.postcode, country: address.country },
    ),
    codes: [...new Set(o.coupon_lines.map((c) => normalizeCode(c.code)).filter(Boolean))],
    landingUrl: metaText(o, '_wc_order_attribution_session_entry', 'mr_landing_url'),
    referrer: metaText(o, '_wc_order_attribution_referrer'),
    cartToken: null,
    checkoutToken: metaText(o, 'mr_checkout_token'),
    checkoutClickId: metaText(o, 'mr_cid', '_mr_cid'),
    refunds,
  };
}
