// One Admin GraphQL call: the token header, the store's error words (top-level errors, HTTP status) as
// StoreAdminError, throttling and 5xx marked as worth a retry. The answer's `data` is returned unvalidated:
// each caller parses its own field with zod.
import { z } from 'zod';
import { StoreAdminError, type StoreAdminOptions, storeRequest } from '../store-admin.ts';

const graphqlErrorsSchema = z.union([
  z.string(),
  z.array(
    z.object({ message: z.string(), extensions: z.object({ code: z.string().optional() }).passthrough().optional() }),
  ),
]);

export const userErrorsSchema = z.array(z.object({ field: z.array(z.string()).nullish(), message: z.string() }));

/** userErrors → StoreAdminError (permanent: the store refused the input). */
export function throwUserErrors(errors: z.infer<typeof userErrorsSchema>) {
  if (errors.length === 0) return;
  throw new StoreAdminError(
    errors.map((e) => (e.field?.length ? `${e.field.join('.')}: ${e.message}` : e.message)).join('; '),
    true,
  );
}

export function shopifyGraphql(options: StoreAdminOptions) {
  const token = options.credentials.admin_token;
  if (!token) throw new StoreAdminError('the Shopify connection has no Admin API access token', true);
  const url = new URL(options.adminUrl);
  return async (query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const answer = await storeRequest(
      'Shopify Admin API',
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-shopify-access-token': token },
        body: JSON.stringify({ query, variables }),
      },
      options,
    );
    const body = (answer.body ?? {}) as { data?: unknown; errors?: unknown };
    const errors = graphqlErrorsSchema.safeParse(body.errors);
    if (answer.status >= 400 || (errors.success && body.errors !== undefined)) {
      const words = errors.success
        ? typeof errors.data === 'string'
          ? errors.data
          : errors.data.map((e) => e.message).join('; ')
        : answer.text.slice(0, 300) || `HTTP ${answer.status}`;
      const throttled = answer.status === 429 || (errors.success && JSON.stringify(errors.data).includes('THROTTLED'));
      throw new StoreAdminError(`Shopify answered ${answer.status}: ${words}`, !(throttled || answer.status >= 500));
    }
    if (typeof body.data !== 'object' || body.data === null)
      throw new StoreAdminError(`Shopify answered ${answer.status} without data`, false);
    return body.data as Record<string, unknown>;
  };
}

/** Parses one field of `data`; an unexpected shape is a changed API: fail loudly, naming the field. */
export function parseField<T>(schema: z.ZodType<T>, data: Record<string, unknown>, field: string): T {
  const parsed = schema.safeParse(data[field]);
  if (!parsed.success)
    throw new StoreAdminError(
      `Shopify's answer to ${field} has an unexpected shape (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`,
      false,
    );
  return parsed.data;
}
