// The body of POST /wp-json/wc/v3/coupons as microreach may send it (a creator's discount code, or a gift's
// own 100 % coupon), checked by both WooCommerce replays; unknown fields are refused.
import { z } from 'zod';

export const wooCouponInput = z
  .object({
    code: z.string().min(1),
    description: z.string().optional(),
    discount_type: z.enum(['percent', 'fixed_cart', 'fixed_product']),
    amount: z.string().regex(/^\d+(\.\d+)?$/),
    usage_limit: z.number().int().nullable().optional(),
    usage_limit_per_user: z.number().int().nullable().optional(),
    date_expires_gmt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/)
      .nullable()
      .optional(),
  })
  .strict();
