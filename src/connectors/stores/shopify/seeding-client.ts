// Shopify seeding: the catalog from `products` (cursor pages of 50, each with up to 100 variants; cost from
// inventoryItem.unitCost), and the gift order as draftOrderCreate (100 % applied discount, tags
// microreach-gift + our reference, the gift id as a custom attribute) then draftOrderComplete. Before making
// one, draftOrders is searched by our reference tag: a draft left open by a timeout is completed, a completed
// one is returned as is, so a retry never ships twice.
import { z } from 'zod';
import { toMinorUnits } from '../../../core/shared/to-minor-units.ts';
import { StoreAdminError } from '../store-admin.ts';
import {
  type CatalogVariant,
  GIFT_TAG,
  type GiftOrderInput,
  type StoreGiftOrder,
  type StoreSeeding,
  type StoreSeedingClient,
  splitName,
} from '../store-seeding.ts';
import { parseField, shopifyGraphql, throwUserErrors, userErrorsSchema } from './graphql-call.ts';
import {
  DRAFT_ORDER_COMPLETE_MUTATION,
  DRAFT_ORDER_CREATE_MUTATION,
  DRAFT_ORDERS_QUERY,
  PRODUCTS_PAGE_SIZE,
  PRODUCTS_QUERY,
} from './seeding-graphql.ts';

const image = z.object({ url: z.string() }).nullish();
const variantSchema = z.object({
  id: z.string(),
  title: z.string(),
  sku: z.string().nullish(),
  price: z.string(),
  inventoryQuantity: z.number().int().nullish(),
  image,
  inventoryItem: z
    .object({
      tracked: z.boolean().nullish(),
      unitCost: z.object({ amount: z.string(), currencyCode: z.string() }).nullish(),
    })
    .nullish(),
});
const productsSchema = z.object({
  pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullish() }),
  nodes: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      featuredMedia: z.object({ preview: z.object({ image }).nullish() }).nullish(),
      variants: z.object({ nodes: z.array(variantSchema) }),
    }),
  ),
});
const draftSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  tags: z.array(z.string()),
  order: z.object({ id: z.string(), name: z.string() }).nullish(),
});
const draftPayload = z.object({ draftOrder: draftSchema.nullish(), userErrors: userErrorsSchema });

/** Money text in a currency → minor units; a value Shopify should never send fails loudly. */
function minor(amount: string, currency: string, what: string): number {
  const value = toMinorUnits(amount, currency);
  if (value === undefined) throw new StoreAdminError(`Shopify sent ${what} "${amount}", not an amount`, false);
  return value;
}

function shopifySeedingClient(options: Parameters<StoreSeeding['client']>[0]): StoreSeedingClient {
  const call = shopifyGraphql(options);

  async function complete(draftId: string): Promise<StoreGiftOrder> {
    const payload = parseField(
      draftPayload,
      await call(DRAFT_ORDER_COMPLETE_MUTATION, { id: draftId }),
      'draftOrderComplete',
    );
    throwUserErrors(payload.userErrors);
    const order = payload.draftOrder?.order;
    if (!order) throw new StoreAdminError(`Shopify completed draft order ${draftId} without an order`, false);
    return { ref: order.id, name: order.name };
  }

  return {
    async listCatalog() {
      const variants: CatalogVariant[] = [];
      let after: string | null = null;
      for (;;) {
        const data = await call(PRODUCTS_QUERY, { first: PRODUCTS_PAGE_SIZE, after });
        const currency = parseField(z.object({ currencyCode: z.string() }), data, 'shop').currencyCode;
        const page = parseField(productsSchema, data, 'products');
        for (const p of page.nodes)
          for (const v of p.variants.nodes) {
            const cost = v.inventoryItem?.unitCost;
            variants.push({
              productRef: p.id,
              variantRef: v.id,
              productTitle: p.title,
              variantTitle: v.title === 'Default Title' ? null : v.title,
              sku: v.sku || null,
              currency,
              priceMinor: minor(v.price, currency, 'a price'),
              // A cost in another currency than the shop's cannot be added to its prices: unknown.
              costMinor: cost && cost.currencyCode === currency ? minor(cost.amount, currency, 'a unit cost') : null,
              imageUrl: v.image?.url ?? p.featuredMedia?.preview?.image?.url ?? null,
              inventory: v.inventoryItem?.tracked === false ? null : (v.inventoryQuantity ?? null),
            });
          }
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return variants;
        after = page.pageInfo.endCursor;
      }
    },

    async findGiftOrder(reference) {
      const drafts = parseField(
        z.object({ nodes: z.array(draftSchema) }),
        await call(DRAFT_ORDERS_QUERY, { query: `tag:'${reference}'` }),
        'draftOrders',
      ).nodes.filter((d) => d.tags.includes(reference));
      const draft = drafts[0];
      if (!draft) return null;
      if (draft.order) return { ref: draft.order.id, name: draft.order.name };
      // Made but not completed (the complete call timed out or failed): complete it now.
      return complete(draft.id);
    },

    async createGiftOrder(input: GiftOrderInput) {
      const { first, last } = splitName(input.address.name);
      const a = input.address;
      const payload = parseField(
        draftPayload,
        await call(DRAFT_ORDER_CREATE_MUTATION, {
          input: {
            lineItems: input.items.map((i) => ({ variantId: i.variantRef, quantity: i.quantity })),
            appliedDiscount: { value: 100, valueType: 'PERCENTAGE', title: 'microreach gift' },
            tags: [GIFT_TAG, input.reference],
            customAttributes: [{ key: 'microreach_gift', value: input.reference }],
            note: input.note,
            shippingAddress: {
              firstName: first,
              lastName: last,
              address1: a.address1,
              ...(a.address2 ? { address2: a.address2 } : {}),
              city: a.city,
              zip: a.zip,
              countryCode: a.country,
              ...(a.phone ? { phone: a.phone } : {}),
            },
          },
        }),
        'draftOrderCreate',
      );
      throwUserErrors(payload.userErrors);
      if (!payload.draftOrder) throw new StoreAdminError('Shopify made no draft order', false);
      return complete(payload.draftOrder.id);
    },
  };
}

export const shopifySeeding: StoreSeeding = { client: shopifySeedingClient };
