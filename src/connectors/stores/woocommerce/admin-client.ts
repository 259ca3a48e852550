// WooCommerce REST API v3 coupons (https://woocommerce.github.io/woocommerce-rest-api-docs/#coupons):
// GET /wp-json/wc/v3/coupons?code=, POST /coupons, PUT /coupons/<id>, each one REST call (rest-call.ts: the
// consumer key and secret as HTTP Basic credentials, the REST error body's own words as the error).
import { z } from 'zod';
import { bpsToPercentText, minorToDecimalText } from '../../../core/codes/minor-to-decimal-text.ts';
import type { StoreDiscount } from '../../../core/codes/store-discount.ts';
import type { StoreAdmin, StoreAdminClient, StoreAdminOptions, StoreCodeRef } from '../store-admin.ts';
import { parseWooAnswer, wooRestCall } from './rest-call.ts';

const couponSchema = z.object({ id: z.number().int(), code: z.string(), status: z.string().optional() }).passthrough();

const refOf = (coupon: z.infer<typeof couponSchema>): StoreCodeRef => ({
  ref: String(coupon.id),
  active: (coupon.status ?? 'publish') === 'publish',
});

/** The body of POST /coupons for a discount. WooCommerce coupons have no start date: only the end is sent. */
export function couponBodyOf(discount: StoreDiscount): Record<string, unknown> {
  return {
    code: discount.code,
    description: discount.title,
    discount_type: discount.value.kind === 'percentage' ? 'percent' : 'fixed_cart',
    amount:
      discount.value.kind === 'percentage'
        ? bpsToPercentText(discount.value.bps)
        : minorToDecimalText(discount.value.minor, discount.value.currency),
    usage_limit: discount.usageLimit,
    usage_limit_per_user: discount.oncePerCustomer ? 1 : null,
    date_expires_gmt: discount.endsAt ? discount.endsAt.replace(/Z$/, '') : null,
  };
}

function wooClient(options: StoreAdminOptions): StoreAdminClient {
  const call = wooRestCall(options);
  return {
    async findCode(code) {
      const list = parseWooAnswer(
        z.array(couponSchema),
        (await call('GET', `coupons?code=${encodeURIComponent(code)}`)).body,
        'GET coupons',
      );
      // WooCommerce keeps codes in lower case and matches ?code= exactly on that form.
      const match = list.find((c) => c.code.toLowerCase() === code.toLowerCase());
      return match ? refOf(match) : null;
    },
    async createCode(discount) {
      return refOf(
        parseWooAnswer(couponSchema, (await call('POST', 'coupons', couponBodyOf(discount))).body, 'POST coupons'),
      );
    },
    async deactivateCode(ref) {
      parseWooAnswer(
        couponSchema,
        (await call('PUT', `coupons/${encodeURIComponent(ref)}`, { status: 'draft' })).body,
        'PUT coupons',
      );
    },
  };
}

export const woocommerceAdmin: StoreAdmin = {
  credentialFields: ['consumer_key', 'consumer_secret'],
  defaultAdminUrl: (shop) => (shop ? `https://${shop}` : null),
  client: (options) => wooClient(options),
};
