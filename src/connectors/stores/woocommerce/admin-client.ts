// WooCommerce REST API v3 coupons (https://woocommerce.github.io/woocommerce-rest-api-docs/#coupons):
// GET /wp-json/wc/v3/coupons?code=, POST /coupons, PUT /coupons/<id>, with the REST consumer key and
// secret as HTTP Basic credentials (the documented way over HTTPS). Errors come back as the REST
// error body's own message ({ code, message, data: { status } }).
import { z } from 'zod';
import { bpsToPercentText, minorToDecimalText } from '../../../core/codes/minor-to-decimal-text.ts';
import type { StoreDiscount } from '../../../core/codes/store-discount.ts';
import {
  type StoreAdmin,
  type StoreAdminClient,
  StoreAdminError,
  type StoreAdminOptions,
  type StoreCodeRef,
  storeRequest,
} from '../store-admin.ts';

const API = 'WooCommerce REST API';

const couponSchema = z.object({ id: z.number().int(), code: z.string(), status: z.string().optional() }).passthrough();
const restErrorSchema = z.object({ code: z.string(), message: z.string() }).passthrough();

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
  const { consumer_key: key, consumer_secret: secret } = options.credentials;
  if (!key || !secret)
    throw new StoreAdminError('the WooCommerce connection has no REST consumer key and secret', true);
  const base = options.adminUrl.replace(/\/+$/, '');
  const headers = {
    'content-type': 'application/json',
    authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`,
  };

  async function call(method: string, path: string, body?: unknown): Promise<unknown> {
    const url = new URL(`${base}/wp-json/wc/v3/${path}`);
    const answer = await storeRequest(
      API,
      url,
      { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) },
      options,
    );
    if (answer.status >= 400) {
      const error = restErrorSchema.safeParse(answer.body);
      const words = error.success ? `${error.data.message} (${error.data.code})` : answer.text.slice(0, 300);
      throw new StoreAdminError(
        `WooCommerce answered ${answer.status}: ${words}`,
        !(answer.status === 429 || answer.status >= 500),
      );
    }
    return answer.body;
  }

  const parse = <T>(schema: z.ZodType<T>, value: unknown, what: string): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new StoreAdminError(`WooCommerce's answer to ${what} has an unexpected shape`, false);
    return parsed.data;
  };

  return {
    async findCode(code) {
      const list = parse(
        z.array(couponSchema),
        await call('GET', `coupons?code=${encodeURIComponent(code)}`),
        'GET coupons',
      );
      // WooCommerce keeps codes in lower case and matches ?code= exactly on that form.
      const match = list.find((c) => c.code.toLowerCase() === code.toLowerCase());
      return match ? refOf(match) : null;
    },
    async createCode(discount) {
      return refOf(parse(couponSchema, await call('POST', 'coupons', couponBodyOf(discount)), 'POST coupons'));
    },
    async deactivateCode(ref) {
      parse(couponSchema, await call('PUT', `coupons/${encodeURIComponent(ref)}`, { status: 'draft' }), 'PUT coupons');
    },
  };
}

export const woocommerceAdmin: StoreAdmin = {
  credentialFields: ['consumer_key', 'consumer_secret'],
  defaultAdminUrl: (shop) => (shop ? `https://${shop}` : null),
  client: (options) => wooClient(options),
};
