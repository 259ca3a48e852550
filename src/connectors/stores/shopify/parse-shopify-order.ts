// Shopify order (webhook body or REST JSON) → OrderRecord. Revenue base = subtotal_price (after
// discounts, before shipping) minus line-item taxes when prices include tax.
import { normalizeCode } from '../../../core/campaigns/normalize-code.ts';
import { addressHash, customerKey, emailHash } from '../../../core/identity/customer-identity.ts';
import { toMinorUnits } from '../../../core/shared/to-minor-units.ts';
import { toUtcIso, type OrderRecord } from '../../../core/orders/order-record.ts';
import { parseShopifyRefund } from './parse-shopify-refund.ts';
import type { ShopifyOrder } from './schemas.ts';

export function parseShopifyOrder(o: ShopifyOrder): OrderRecord {
  const minor = (v: string) => toMinorUnits(v, o.currency) ?? 0;
  const lineTax = o.line_items.reduce((sum, li) => sum + li.tax_lines.reduce((s, t) => s + minor(t.price), 0), 0);
  const shipping = o.total_shipping_price_set
    ? minor(o.total_shipping_price_set.shop_money.amount)
    : o.shipping_lines.reduce((s, l) => s + minor(l.price), 0);
  const email = o.email || o.contact_email || o.customer?.email || null;
  const hashedEmail = emailHash(email);
  const address = o.shipping_address ?? o.billing_address ?? o.customer?.default_address ?? null;
  const noteClickId = o.note_attributes?.find((a) => a.name === 'mr_cid')?.value;
  const placedAt = toUtcIso(o.created_at);
  if (!placedAt) throw new Error(`created_at "${o.created_at}" is not a date-time`);
  return {
    source: 'shopify',
    externalId: o.id,
    name: o.name ?? null,
    currency: o.currency,
    placedAt,
    subtotalMinor: minor(o.subtotal_price) - (o.taxes_included ? lineTax : 0),
    discountsMinor: minor(o.total_discounts),
    shippingMinor: shipping,
    taxMinor: minor(o.total_tax),
    totalMinor: minor(o.total_price),
    cogsMinor: null,
    paymentFeesMinor: null,
    financialStatus: o.financial_status ?? null,
    cancelledAt: toUtcIso(o.cancelled_at) ?? null,
    customerKey: customerKey('shopify', o.customer?.id, hashedEmail),
    emailHash: hashedEmail,
    addressHash: addressHash(
      address && { address1: address.address1, zip: address.zip, country: address.country_code ?? address.country },
    ),
    codes: [...new Set(o.discount_codes.map((d) => normalizeCode(d.code)).filter(Boolean))],
    landingUrl: o.landing_site ?? null,
    referrer: o.referring_site ?? null,
    cartToken: o.cart_token ?? null,
    checkoutToken: o.checkout_token ?? null,
    checkoutClickId: typeof noteClickId === 'string' && noteClickId ? noteClickId : null,
    refunds: o.refunds.map((r) => parseShopifyRefund(r, o.currency)),
  };
}
