// Shopify's Admin GraphQL API for discount codes: one POST per operation with the Admin API access
// token in X-Shopify-Access-Token. Answers are validated (zod) so a changed API fails here, loudly;
// userErrors and top-level GraphQL errors come back as the store's own words.
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
import {
  CODE_BY_CODE_QUERY,
  CREATE_CODE_MUTATION,
  DEACTIVATE_CODE_MUTATION,
  SHOPIFY_ADMIN_API_VERSION,
} from './admin-graphql.ts';

const API = 'Shopify Admin API';

const nodeSchema = z.object({
  id: z.string(),
  codeDiscount: z.object({ __typename: z.string(), status: z.string().optional() }).passthrough(),
});
const userErrorsSchema = z.array(
  z.object({ field: z.array(z.string()).nullish(), code: z.string().nullish(), message: z.string() }),
);
const graphqlErrorsSchema = z.union([
  z.string(),
  z.array(
    z.object({ message: z.string(), extensions: z.object({ code: z.string().optional() }).passthrough().optional() }),
  ),
]);

const refOf = (node: z.infer<typeof nodeSchema>): StoreCodeRef => ({
  ref: node.id,
  // After discountCodeDeactivate a code is EXPIRED; ACTIVE and SCHEDULED codes can still be redeemed.
  active: node.codeDiscount.status !== 'EXPIRED',
});

/** The variables of discountCodeBasicCreate for a discount (percentage as a 0–1 Float, amounts as Decimal text). */
export function basicCodeDiscountOf(discount: StoreDiscount, now: Date): Record<string, unknown> {
  const value =
    discount.value.kind === 'percentage'
      ? { percentage: Number(bpsToPercentText(discount.value.bps)) / 100 }
      : {
          discountAmount: {
            amount: minorToDecimalText(discount.value.minor, discount.value.currency),
            appliesOnEachItem: false,
          },
        };
  return {
    title: discount.title,
    code: discount.code,
    // startsAt is required on create: a campaign without a start date starts now.
    startsAt: discount.startsAt ?? now.toISOString(),
    endsAt: discount.endsAt,
    customerSelection: { all: true },
    customerGets: { value, items: { all: true } },
    appliesOncePerCustomer: discount.oncePerCustomer,
    usageLimit: discount.usageLimit,
  };
}

function shopifyClient(options: StoreAdminOptions, now: () => Date = () => new Date()): StoreAdminClient {
  const token = options.credentials.admin_token;
  if (!token) throw new StoreAdminError('the Shopify connection has no Admin API access token', true);
  const url = new URL(options.adminUrl);

  async function call(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
    const answer = await storeRequest(
      API,
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-shopify-access-token': token! },
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
  }

  function payloadOf(data: Record<string, unknown>, field: string) {
    const parsed = z
      .object({ codeDiscountNode: nodeSchema.nullable(), userErrors: userErrorsSchema })
      .safeParse(data[field]);
    if (!parsed.success) throw new StoreAdminError(`Shopify's answer to ${field} has an unexpected shape`, false);
    if (parsed.data.userErrors.length > 0)
      throw new StoreAdminError(
        parsed.data.userErrors
          .map((e) => (e.field?.length ? `${e.field.join('.')}: ${e.message}` : e.message))
          .join('; '),
        true,
      );
    if (!parsed.data.codeDiscountNode) throw new StoreAdminError(`Shopify's ${field} returned no discount`, false);
    return refOf(parsed.data.codeDiscountNode);
  }

  return {
    async findCode(code) {
      const data = await call(CODE_BY_CODE_QUERY, { code });
      const node = nodeSchema.nullable().safeParse(data.codeDiscountNodeByCode);
      if (!node.success)
        throw new StoreAdminError('Shopify answered codeDiscountNodeByCode with an unexpected shape', false);
      return node.data ? refOf(node.data) : null;
    },
    async createCode(discount) {
      const data = await call(CREATE_CODE_MUTATION, { basicCodeDiscount: basicCodeDiscountOf(discount, now()) });
      return payloadOf(data, 'discountCodeBasicCreate');
    },
    async deactivateCode(ref) {
      payloadOf(await call(DEACTIVATE_CODE_MUTATION, { id: ref }), 'discountCodeDeactivate');
    },
  };
}

export const shopifyAdmin: StoreAdmin = {
  credentialFields: ['admin_token'],
  defaultAdminUrl: (shop) => (shop ? `https://${shop}/admin/api/${SHOPIFY_ADMIN_API_VERSION}/graphql.json` : null),
  client: (options) => shopifyClient(options),
};
