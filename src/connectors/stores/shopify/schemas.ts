// zod schemas of the Shopify webhook payloads we read (orders/*, refunds/create). Only the fields we use
// are checked (so upstream drift fails loudly here) and kept; the raw body stays with the delivery.
import { z } from 'zod';
import { decimal, externalId, optionalDecimal } from '../../money-field.ts';

const address = z.object({
  address1: z.string().nullish(),
  zip: z.string().nullish(),
  country_code: z.string().nullish(),
  country: z.string().nullish(),
});

const taxLine = z.object({ price: decimal });

export const shopifyRefundSchema = z.object({
  id: externalId,
  order_id: externalId,
  created_at: z.string().min(1),
  // Older API versions send refund line items without `subtotal`: the amount is then in `transactions`.
  refund_line_items: z.array(z.object({ subtotal: optionalDecimal, total_tax: optionalDecimal })).default([]),
  transactions: z.array(z.object({ amount: decimal, kind: z.string(), status: z.string().nullish() })).default([]),
  order_adjustments: z
    .array(z.object({ amount: decimal, tax_amount: optionalDecimal, kind: z.string().nullish() }))
    .default([]),
});

export const shopifyOrderSchema = z.object({
  id: externalId,
  name: z.string().nullish(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code'),
  created_at: z.string().min(1),
  subtotal_price: decimal,
  total_discounts: decimal.default('0'),
  total_tax: decimal.default('0'),
  total_price: decimal,
  taxes_included: z.boolean().nullish(),
  financial_status: z.string().nullish(),
  cancelled_at: z.string().nullish(),
  email: z.string().nullish(),
  contact_email: z.string().nullish(),
  customer: z
    .object({ id: externalId.nullish(), email: z.string().nullish(), default_address: address.nullish() })
    .nullish(),
  billing_address: address.nullish(),
  shipping_address: address.nullish(),
  discount_codes: z.array(z.object({ code: z.string(), amount: optionalDecimal })).default([]),
  landing_site: z.string().nullish(),
  referring_site: z.string().nullish(),
  cart_token: z.string().nullish(),
  checkout_token: z.string().nullish(),
  note_attributes: z.array(z.object({ name: z.string(), value: z.unknown() })).nullish(),
  total_shipping_price_set: z.object({ shop_money: z.object({ amount: decimal }) }).nullish(),
  shipping_lines: z.array(z.object({ price: decimal })).default([]),
  line_items: z.array(z.object({ tax_lines: z.array(taxLine).default([]) })).default([]),
  refunds: z.array(shopifyRefundSchema).default([]),
});

export type ShopifyOrder = z.infer<typeof shopifyOrderSchema>;
export type ShopifyRefund = z.infer<typeof shopifyRefundSchema>;

/** REST GETs wrap the order as {"order": {...}}; webhooks send it bare. */
export const unwrapOrder = (payload: unknown): unknown =>
  payload && typeof payload === 'object' && 'order' in payload && !('id' in payload)
    ? (payload as { order: unknown }).order
    : payload;

/** orders/edited: names the order and the changed line items; the new amounts come with orders/updated. */
export const shopifyOrderEditSchema = z.object({ order_edit: z.object({ id: externalId, order_id: externalId }) });

/** orders/delete: only the id of the deleted order. */
export const shopifyDeletedSchema = z.object({ id: externalId });
