// Local replay servers for the stores' Admin APIs as far as seeding goes: Shopify Admin GraphQL (products,
// draftOrders, draftOrderCreate, draftOrderComplete) and WooCommerce REST v3 (products, variations, current
// currency, coupons, orders). Each request is checked against the documented shape (operation text, variable
// types, JSON body, credentials) and refused as the real API would when malformed; answers are built from
// test/fixtures/shopify-seeding and test/fixtures/woocommerce-seeding (see SOURCE.md). State is kept in memory,
// so a retry sees what an earlier request created, and `stallNextCreate` answers a create only after the
// client's timeout (the order is made all the same).
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { acceptShopifyOperation, shopifyGraphqlError } from './accept-shopify-operation.ts';
import { acceptWooRequest, wooRestError } from './accept-woo-request.ts';
import { wooCouponInput } from './woo-coupon-input.ts';
import { fixtureText } from './fixtures.ts';
import { sendJson } from './send-json.ts';
import { type StoreReplayRequest, startStoreReplayServer } from './start-store-replay-server.ts';

const load = <T = any>(path: string): T => JSON.parse(fixtureText(path)) as T;

export interface StoreOrder {
  id: number;
  /** Shopify: the draft's id; the order exists once completed. */
  draftId?: number;
  completed: boolean;
  reference: string;
  input: Record<string, unknown>;
}

export interface SeedingReplay {
  origin: string;
  orders: StoreOrder[];
  requests: StoreReplayRequest[];
  stallNextCreate: (ms: number) => void;
  close: () => Promise<void>;
}

const issues = (e: z.ZodError) => e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');

// ---------------------------------------------------------------- Shopify

const variantGid = z.string().regex(/^gid:\/\/shopify\/ProductVariant\/\d+$/);
const draftGid = z.string().regex(/^gid:\/\/shopify\/DraftOrder\/\d+$/);
/** DraftOrderInput (2025-01) as microreach may send it; unknown fields are refused. */
const draftOrderInput = z
  .object({
    lineItems: z.array(z.object({ variantId: variantGid, quantity: z.number().int().min(1) }).strict()).min(1),
    appliedDiscount: z
      .object({ value: z.number(), valueType: z.enum(['PERCENTAGE', 'FIXED_AMOUNT']), title: z.string().optional() })
      .strict(),
    tags: z.array(z.string()),
    customAttributes: z.array(z.object({ key: z.string(), value: z.string() }).strict()).optional(),
    note: z.string().optional(),
    shippingAddress: z
      .object({
        firstName: z.string().optional(),
        lastName: z.string().optional(),
        address1: z.string().min(1),
        address2: z.string().optional(),
        city: z.string().min(1),
        zip: z.string().optional(),
        countryCode: z.string().regex(/^[A-Z]{2}$/),
        phone: z.string().optional(),
      })
      .strict(),
  })
  .strict();

const SHOPIFY_OPERATIONS = {
  products: {
    header:
      /^query products\(\$first: Int!, \$after: String\) \{\s+shop \{ currencyCode \}\s+products\(first: \$first, after: \$after/,
    variables: z.object({ first: z.number().int().min(1).max(250), after: z.string().nullable() }).strict(),
  },
  draftOrders: {
    header: /^query draftOrders\(\$query: String!\) \{\s+draftOrders\(first: 5, query: \$query\)/,
    variables: z.object({ query: z.string().regex(/^tag:'[a-z0-9-]+'$/) }).strict(),
  },
  draftOrderCreate: {
    header: /^mutation draftOrderCreate\(\$input: DraftOrderInput!\) \{\s+draftOrderCreate\(input: \$input\)/,
    variables: z.object({ input: draftOrderInput }).strict(),
  },
  draftOrderComplete: {
    header: /^mutation draftOrderComplete\(\$id: ID!\) \{\s+draftOrderComplete\(id: \$id\)/,
    variables: z.object({ id: draftGid }).strict(),
  },
} as const;

/** Shopify Admin GraphQL at `${origin}/admin/api/2025-01/graphql.json`, accepting `token` only. */
export async function startShopifySeedingReplay(token: string): Promise<SeedingReplay> {
  const orders: StoreOrder[] = [];
  const requests: SeedingReplay['requests'] = [];
  let stall = 0;
  let nextDraft = 276395349;
  let nextOrder = 450789469;
  const pages = [load('shopify-seeding/products-page-1.json'), load('shopify-seeding/products-page-2.json')];
  const draftOf = (o: StoreOrder) => ({
    ...load('shopify-seeding/draft-order.json'),
    id: `gid://shopify/DraftOrder/${o.draftId}`,
    name: `#D${o.draftId! - 276395348}`,
    status: o.completed ? 'COMPLETED' : 'OPEN',
    tags: o.input.tags,
    order: o.completed ? { id: `gid://shopify/Order/${o.id}`, name: `#${1000 + orders.indexOf(o) + 1}` } : null,
  });

  const server = await startStoreReplayServer((request, raw, response) => {
    const accepted = acceptShopifyOperation(SHOPIFY_OPERATIONS, token, { request, raw, response, requests });
    if (!accepted) return;
    const { name, variables: v } = accepted;
    if (name === 'products') {
      const after = pages.findIndex((p) => p.data.products.pageInfo.endCursor === v.after);
      const page = v.after === null ? 0 : after < 0 ? -1 : after + 1;
      if (page < 0 || page >= pages.length)
        return sendJson(response, 200, shopifyGraphqlError('Invalid cursor for current pagination'));
      return sendJson(response, 200, pages[page]);
    }
    if (name === 'draftOrders') {
      const tag = String(v.query).slice(5, -1);
      const found = orders.filter((o) => (o.input.tags as string[]).includes(tag));
      return sendJson(response, 200, { data: { draftOrders: { nodes: found.map(draftOf) } } });
    }
    if (name === 'draftOrderCreate') {
      const input = v.input as Record<string, any>;
      const reference = (input.tags as string[]).find((t) => t.startsWith('mr-gift-')) ?? '';
      const o: StoreOrder = { id: nextOrder++, draftId: nextDraft++, completed: false, reference, input };
      orders.push(o);
      const delay = stall;
      stall = 0;
      return sendJson(response, 200, { data: { draftOrderCreate: { draftOrder: draftOf(o), userErrors: [] } } }, delay);
    }
    const o = orders.find((x) => `gid://shopify/DraftOrder/${x.draftId}` === v.id);
    if (!o)
      return sendJson(response, 200, {
        data: {
          draftOrderComplete: {
            draftOrder: null,
            userErrors: [{ field: ['id'], message: 'Draft order does not exist' }],
          },
        },
      });
    o.completed = true;
    return sendJson(response, 200, { data: { draftOrderComplete: { draftOrder: draftOf(o), userErrors: [] } } });
  });
  return { ...server, orders, requests, stallNextCreate: (ms) => (stall = ms) };
}

// ---------------------------------------------------------------- WooCommerce

const orderCreate = z
  .object({
    status: z.enum(['pending', 'processing', 'on-hold', 'completed']).optional(),
    set_paid: z.boolean(),
    line_items: z
      .array(
        z
          .object({
            product_id: z.number().int().positive(),
            variation_id: z.number().int().positive().optional(),
            quantity: z.number().int().min(1),
          })
          .strict(),
      )
      .min(1),
    shipping: z
      .object({
        first_name: z.string(),
        last_name: z.string(),
        address_1: z.string().min(1),
        address_2: z.string(),
        city: z.string().min(1),
        postcode: z.string(),
        country: z.string().regex(/^[A-Z]{2}$/),
        phone: z.string().optional(),
      })
      .strict(),
    coupon_lines: z.array(z.object({ code: z.string().min(1) }).strict()),
    customer_note: z.string().optional(),
    meta_data: z.array(z.object({ key: z.string(), value: z.string() }).strict()),
  })
  .strict();

/** WooCommerce REST v3 at `${origin}/wp-json/wc/v3/…`, accepting one consumer key and secret. */
export async function startWooSeedingReplay(key: string, secret: string): Promise<SeedingReplay> {
  const orders: StoreOrder[] = [];
  const coupons: { id: number; code: string }[] = [];
  const requests: SeedingReplay['requests'] = [];
  let stall = 0;
  let nextOrder = 727;
  const products = load<any[]>('woocommerce-seeding/products.json');
  const orderOf = (o: StoreOrder) => ({
    ...load('woocommerce-seeding/order.json'),
    ...o.input,
    id: o.id,
    number: String(o.id),
    meta_data: (o.input.meta_data as { key: string; value: string }[]).map((m, i) => ({ id: 900 + i, ...m })),
  });
  /** One page of a list, with WordPress's paging headers. */
  const page = <T>(all: T[], url: URL, response: ServerResponse) => {
    const per = Number(url.searchParams.get('per_page') ?? '10');
    const n = Number(url.searchParams.get('page') ?? '1');
    if (!Number.isInteger(per) || per < 1 || per > 100 || !Number.isInteger(n) || n < 1)
      return sendJson(response, 400, wooRestError(400, 'rest_invalid_param', 'Invalid parameter(s): per_page, page'));
    const pages = Math.max(1, Math.ceil(all.length / per));
    return sendJson(response, 200, all.slice((n - 1) * per, n * per), 0, {
      'x-wp-total': String(all.length),
      'x-wp-totalpages': String(pages),
    });
  };

  const server = await startStoreReplayServer((request, raw, response) => {
    const accepted = acceptWooRequest(key, secret, { request, raw, response, requests });
    if (!accepted) return;
    const { url, body } = accepted;
    const p = url.pathname.replace(/^\/wp-json\/wc\/v3\//, '');
    const method = request.method;
    if (method === 'GET' && p === 'data/currencies/current')
      return sendJson(response, 200, { code: 'GBP', name: 'Pound sterling', symbol: '&pound;' });
    if (method === 'GET' && p === 'products') return page(products, url, response);
    const variations = /^products\/(\d+)\/variations$/.exec(p);
    if (method === 'GET' && variations) {
      if (variations[1] !== '799')
        return sendJson(response, 404, wooRestError(404, 'woocommerce_rest_product_invalid_id', 'Invalid ID.'));
      return page(load<any[]>('woocommerce-seeding/variations.json'), url, response);
    }
    if (method === 'GET' && p === 'coupons') {
      const code = url.searchParams.get('code') ?? '';
      return sendJson(
        response,
        200,
        coupons.filter((c) => c.code === code.toLowerCase()),
      );
    }
    if (method === 'POST' && p === 'coupons') {
      const input = wooCouponInput.safeParse(body);
      if (!input.success)
        return sendJson(
          response,
          400,
          wooRestError(400, 'rest_invalid_param', `Invalid parameter(s): ${issues(input.error)}`),
        );
      if (coupons.some((c) => c.code === input.data.code.toLowerCase()))
        return sendJson(
          response,
          400,
          wooRestError(400, 'woocommerce_rest_coupon_code_already_exists', 'The coupon code already exists'),
        );
      const coupon = { id: 720 + coupons.length, code: input.data.code.toLowerCase() };
      coupons.push(coupon);
      return sendJson(response, 201, coupon);
    }
    if (method === 'GET' && p === 'orders') {
      // The order search matches order item names, coupon codes among them.
      const term = (url.searchParams.get('search') ?? '').toLowerCase();
      const found = orders.filter((o) =>
        (o.input.coupon_lines as { code: string }[]).some((c) => c.code.toLowerCase().includes(term)),
      );
      return sendJson(response, 200, found.map(orderOf));
    }
    if (method === 'POST' && p === 'orders') {
      const input = orderCreate.safeParse(body);
      if (!input.success)
        return sendJson(
          response,
          400,
          wooRestError(400, 'rest_invalid_param', `Invalid parameter(s): ${issues(input.error)}`),
        );
      for (const line of input.data.coupon_lines)
        if (!coupons.some((c) => c.code === line.code.toLowerCase()))
          return sendJson(
            response,
            400,
            wooRestError(400, 'woocommerce_rest_invalid_coupon', `Coupon "${line.code}" does not exist!`),
          );
      const reference = input.data.meta_data.find((m) => m.key === '_microreach_gift')?.value ?? '';
      const o: StoreOrder = { id: nextOrder++, completed: true, reference, input: input.data };
      orders.push(o);
      const delay = stall;
      stall = 0;
      return sendJson(response, 201, orderOf(o), delay);
    }
    return sendJson(
      response,
      404,
      wooRestError(404, 'rest_no_route', 'No route was found matching the URL and request method.'),
    );
  });
  return { ...server, orders, requests, stallNextCreate: (ms) => (stall = ms) };
}
