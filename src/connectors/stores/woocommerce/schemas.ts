// zod schema of a WooCommerce order (REST v3; webhook bodies have the same shape).
import { z } from 'zod';
import { decimal, externalId } from '../../money-field.ts';

const address = z.object({
  email: z.string().nullish(),
  address_1: z.string().nullish(),
  postcode: z.string().nullish(),
  country: z.string().nullish(),
});

export const wooOrderSchema = z.object({
  id: externalId,
  number: z.union([z.string(), z.number()]).transform(String).nullish(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code'),
  status: z.string(),
  date_created_gmt: z.string().min(1),
  date_modified_gmt: z.string().nullish(),
  discount_total: decimal.default('0'),
  shipping_total: decimal.default('0'),
  total_tax: decimal.default('0'),
  total: decimal,
  customer_id: z.union([z.number(), z.string()]).nullish(),
  billing: address.nullish(),
  shipping: address.nullish(),
  line_items: z.array(z.object({ total: decimal })),
  coupon_lines: z.array(z.object({ code: z.string() })).default([]),
  meta_data: z.array(z.object({ key: z.string(), value: z.unknown() })).default([]),
  refunds: z.array(z.object({ id: externalId, total: decimal })).default([]),
});

export type WooOrder = z.infer<typeof wooOrderSchema>;

/** order.deleted (and Shopify's orders/delete): only the id of the deleted order. */
export const wooDeletedSchema = z.object({ id: externalId });
