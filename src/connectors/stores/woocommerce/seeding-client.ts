// WooCommerce seeding over REST v3 (https://woocommerce.github.io/woocommerce-rest-api-docs/): the catalog from
// GET /products (pages by `page` until X-WP-TotalPages) and, for variable products, GET /products/<id>/variations;
// prices in the store currency (GET /data/currencies/current). WooCommerce has no core cost field, so cost is
// unknown (null). A gift order is POST /orders with set_paid, a 100 % coupon made for this gift alone
// (`<reference>`, percent 100, usage limit 1: the coupon feature's own shape) as its coupon line, and our
// reference in meta_data. Before making one, GET /orders?search=<reference> looks for it (the coupon code is an
// order item name, which the order search covers) and only an order whose meta_data carries our reference counts.
import { z } from 'zod';
import { toMinorUnits } from '../../../core/shared/to-minor-units.ts';
import { StoreAdminError, type StoreAdminOptions } from '../store-admin.ts';
import { parseWooAnswer, wooRestCall } from './rest-call.ts';
import {
  type CatalogVariant,
  type GiftOrderInput,
  type StoreSeeding,
  type StoreSeedingClient,
  splitName,
} from '../store-seeding.ts';

export const GIFT_META_KEY = '_microreach_gift';
const PAGE = 100;
const MAX_PAGES = 1000;

const stock = {
  manage_stock: z.union([z.boolean(), z.literal('parent')]).nullish(),
  stock_quantity: z.number().int().nullish(),
};
const productSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.string(),
  sku: z.string().nullish(),
  price: z.string(),
  images: z.array(z.object({ src: z.string() })).nullish(),
  ...stock,
});
const variationSchema = z.object({
  id: z.number().int(),
  sku: z.string().nullish(),
  price: z.string(),
  image: z.object({ src: z.string() }).nullish(),
  attributes: z.array(z.object({ name: z.string(), option: z.string() })).nullish(),
  ...stock,
});
const orderSchema = z.object({
  id: z.number().int(),
  number: z.string().nullish(),
  meta_data: z.array(z.object({ key: z.string(), value: z.unknown() })).nullish(),
});
const couponSchema = z.object({ id: z.number().int(), code: z.string() }).passthrough();

function wooSeedingClient(options: StoreAdminOptions): StoreSeedingClient {
  const call = wooRestCall(options);

  /** Every item of a paged list: page 1, 2, … until X-WP-TotalPages (bounded). */
  async function all<T>(path: string, schema: z.ZodType<T>): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const sep = path.includes('?') ? '&' : '?';
      const answer = await call('GET', `${path}${sep}per_page=${PAGE}&page=${page}`);
      items.push(...parseWooAnswer(z.array(schema), answer.body, `GET ${path}`));
      const pages = Number(answer.headers.get('x-wp-totalpages') ?? '1');
      if (!Number.isFinite(pages) || page >= pages) return items;
    }
    return items;
  }

  const minor = (price: string, currency: string, what: string) => {
    // An empty price is a product without one (not for sale): it cannot be gifted at a known value.
    const value = price === '' ? undefined : toMinorUnits(price, currency);
    if (value === undefined) throw new StoreAdminError(`WooCommerce sent the price "${price}" for ${what}`, false);
    return value;
  };
  const inventory = (s: { manage_stock?: boolean | 'parent' | null; stock_quantity?: number | null }) =>
    s.manage_stock === false ? null : (s.stock_quantity ?? null);

  return {
    async listCatalog() {
      const currency = parseWooAnswer(
        z.object({ code: z.string() }),
        (await call('GET', 'data/currencies/current')).body,
        'GET data/currencies/current',
      ).code;
      const variants: CatalogVariant[] = [];
      for (const p of await all('products?status=publish', productSchema)) {
        const imageUrl = p.images?.[0]?.src ?? null;
        if (p.type !== 'variable') {
          if (p.price === '') continue;
          variants.push({
            productRef: String(p.id),
            variantRef: String(p.id),
            productTitle: p.name,
            variantTitle: null,
            sku: p.sku || null,
            currency,
            priceMinor: minor(p.price, currency, p.name),
            costMinor: null,
            imageUrl,
            inventory: inventory(p),
          });
          continue;
        }
        for (const v of await all(`products/${p.id}/variations`, variationSchema)) {
          if (v.price === '') continue;
          const title = (v.attributes ?? []).map((a) => a.option).join(' / ');
          variants.push({
            productRef: String(p.id),
            variantRef: String(v.id),
            productTitle: p.name,
            variantTitle: title || null,
            sku: v.sku || null,
            currency,
            priceMinor: minor(v.price, currency, `${p.name} variation ${v.id}`),
            costMinor: null,
            imageUrl: v.image?.src ?? imageUrl,
            // "parent": the variation's stock is the product's.
            inventory: v.manage_stock === 'parent' ? inventory(p) : inventory(v),
          });
        }
      }
      return variants;
    },

    async findGiftOrder(reference) {
      const orders = parseWooAnswer(
        z.array(orderSchema),
        (await call('GET', `orders?search=${encodeURIComponent(reference)}`)).body,
        'GET orders',
      );
      const found = orders.find((o) =>
        (o.meta_data ?? []).some((m) => m.key === GIFT_META_KEY && m.value === reference),
      );
      return found ? { ref: String(found.id), name: found.number ? `#${found.number}` : null } : null;
    },

    async createGiftOrder(input: GiftOrderInput) {
      // The gift's own 100 % coupon, made once (looked up first, like the discount codes).
      const existing = parseWooAnswer(
        z.array(couponSchema),
        (await call('GET', `coupons?code=${encodeURIComponent(input.reference)}`)).body,
        'GET coupons',
      );
      if (!existing.some((c) => c.code.toLowerCase() === input.reference.toLowerCase()))
        await call('POST', 'coupons', {
          code: input.reference,
          description: 'microreach gift (100 %, this gift only)',
          discount_type: 'percent',
          amount: '100',
          usage_limit: 1,
        });
      const { first, last } = splitName(input.address.name);
      const a = input.address;
      const order = parseWooAnswer(
        orderSchema,
        (
          await call('POST', 'orders', {
            status: 'processing',
            set_paid: true,
            line_items: input.items.map((i) =>
              i.productRef === i.variantRef
                ? { product_id: Number(i.productRef), quantity: i.quantity }
                : { product_id: Number(i.productRef), variation_id: Number(i.variantRef), quantity: i.quantity },
            ),
            shipping: {
              first_name: first,
              last_name: last,
              address_1: a.address1,
              address_2: a.address2 ?? '',
              city: a.city,
              postcode: a.zip,
              country: a.country,
              ...(a.phone ? { phone: a.phone } : {}),
            },
            coupon_lines: [{ code: input.reference }],
            customer_note: input.note,
            meta_data: [{ key: GIFT_META_KEY, value: input.reference }],
          })
        ).body,
        'POST orders',
      );
      return { ref: String(order.id), name: order.number ? `#${order.number}` : null };
    },
  };
}

export const woocommerceSeeding: StoreSeeding = { client: wooSeedingClient };
