// One order of a CSV or generic JSON file (columns / keys below). Money columns are decimal amounts
// in the row's currency; `subtotal` is after discounts and excludes tax and shipping.
import { z } from 'zod';
import { normalizeCode } from '../../core/campaigns/normalize-code.ts';
import { customerKey, emailHash } from '../../core/identity/customer-identity.ts';
import { toMinorUnits } from '../../core/shared/to-minor-units.ts';
import { toUtcIso, type OrderRecord } from '../../core/orders/order-record.ts';

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);
const text = z.preprocess(blank, z.string().trim().min(1).optional());
const amount = z.preprocess(
  blank,
  z
    .union([z.string(), z.number()])
    .transform(String)
    .refine((v) => /^-?\d+(\.\d+)?$/.test(v.trim()), 'a decimal amount such as 49.90')
    .optional(),
);
const instant = z.preprocess(
  blank,
  z
    .string()
    .refine((v) => toUtcIso(v) !== undefined, 'an ISO-8601 date-time')
    .optional(),
);

export const orderRowSchema = z
  .object({
    order_id: z.preprocess(blank, z.union([z.string().trim().min(1), z.number()]).transform(String)),
    name: text,
    placed_at: z.preprocess(
      blank,
      z.string().refine((v) => toUtcIso(v) !== undefined, 'an ISO-8601 date-time'),
    ),
    currency: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
      z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code'),
    ),
    subtotal: amount.refine((v) => v !== undefined, 'required'),
    total: amount,
    discounts: amount,
    shipping: amount,
    tax: amount,
    refunded: amount,
    cogs: amount,
    payment_fees: amount,
    codes: z.preprocess(blank, z.union([z.string(), z.array(z.string())]).optional()),
    email: text,
    customer_id: text,
    landing_url: text,
    referrer: text,
    click_id: text,
    cancelled_at: instant,
  })
  .passthrough();

export type OrderRow = z.infer<typeof orderRowSchema>;

export function orderRowToRecord(row: OrderRow): OrderRecord {
  const cur = row.currency;
  const minor = (v: string | undefined) => (v === undefined ? 0 : (toMinorUnits(v, cur) ?? 0));
  const subtotal = minor(row.subtotal);
  const hashed = emailHash(row.email);
  const codes = Array.isArray(row.codes) ? row.codes : (row.codes ?? '').split(/[;|]/);
  const placedAt = toUtcIso(row.placed_at)!;
  return {
    source: 'import',
    externalId: row.order_id,
    name: row.name ?? null,
    currency: cur,
    placedAt,
    subtotalMinor: subtotal,
    discountsMinor: minor(row.discounts),
    shippingMinor: minor(row.shipping),
    taxMinor: minor(row.tax),
    totalMinor: row.total === undefined ? subtotal + minor(row.shipping) + minor(row.tax) : minor(row.total),
    cogsMinor: row.cogs === undefined ? null : minor(row.cogs),
    paymentFeesMinor: row.payment_fees === undefined ? null : minor(row.payment_fees),
    financialStatus: null,
    cancelledAt: row.cancelled_at ? toUtcIso(row.cancelled_at)! : null,
    customerKey: customerKey('import', row.customer_id, hashed),
    emailHash: hashed,
    addressHash: null,
    codes: [...new Set(codes.map(normalizeCode).filter(Boolean))],
    landingUrl: row.landing_url ?? null,
    referrer: row.referrer ?? null,
    cartToken: null,
    checkoutToken: null,
    checkoutClickId: row.click_id ?? null,
    refunds:
      row.refunded && minor(row.refunded) > 0
        ? [{ externalId: 'import:refunded', amountMinor: minor(row.refunded), refundedAt: placedAt }]
        : [],
  };
}
