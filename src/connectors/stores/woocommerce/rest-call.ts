// One WooCommerce REST v3 call (https://woocommerce.github.io/woocommerce-rest-api-docs/), shared by the
// discount-code and seeding clients: the REST consumer key and secret as HTTP Basic credentials (the
// documented way over HTTPS), the REST error body's own words ({ code, message, data: { status } }) as
// StoreAdminError, throttling and 5xx marked as worth a retry. The answer's body is returned unvalidated:
// each caller parses its own shape with parseWooAnswer.
import { z } from 'zod';
import { StoreAdminError, type StoreAdminOptions, storeRequest } from '../store-admin.ts';

const restErrorSchema = z.object({ code: z.string(), message: z.string() }).passthrough();

export function wooRestCall(options: StoreAdminOptions) {
  const { consumer_key: key, consumer_secret: secret } = options.credentials;
  if (!key || !secret)
    throw new StoreAdminError('the WooCommerce connection has no REST consumer key and secret', true);
  const base = options.adminUrl.replace(/\/+$/, '');
  const headers = {
    'content-type': 'application/json',
    authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`,
  };
  return async (method: string, path: string, body?: unknown) => {
    const answer = await storeRequest(
      'WooCommerce REST API',
      new URL(`${base}/wp-json/wc/v3/${path}`),
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
    return answer;
  };
}

/** Parses an answer's body; an unexpected shape is a changed API: fail loudly, naming the request and fields. */
export function parseWooAnswer<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new StoreAdminError(
      `WooCommerce's answer to ${what} has an unexpected shape (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`,
      false,
    );
  return parsed.data;
}
