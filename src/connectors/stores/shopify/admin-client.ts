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
} from '../store-admin.ts';
import {
  CODE_BY_CODE_QUERY,
  CREATE_CODE_MUTATION,
  DEACTIVATE_CODE_MUTATION,
  SHOPIFY_ADMIN_API_VERSION,
} from './admin-graphql.ts';
import { shopifyGraphql, throwUserErrors, userErrorsSchema } from './graphql-call.ts';

const nodeSchema = z.object({
  id: z.string(),
  codeDiscount: z.object({ __typename: z.string(), status: z.string().optional() }).passthrough(),
});
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
  // One Admin GraphQL call: token header, the store's error words, throttling and 5xx worth a retry.
  const call = shopifyGraphql(options);

  function payloadOf(data: Record<string, unknown>, field: string) {
    const parsed = z
      .object({ codeDiscountNode: nodeSchema.nullable(), userErrors: userErrorsSchema })
      .safeParse(data[field]);
    if (!parsed.success) throw new StoreAdminError(`Shopify's answer to ${field} has an unexpected shape`, false);
    throwUserErrors(parsed.data.userErrors);
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
