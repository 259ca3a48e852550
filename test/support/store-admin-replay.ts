// Local replay servers for the stores' Admin APIs as far as discount codes go: Shopify Admin GraphQL
// (codeDiscountNodeByCode, discountCodeBasicCreate, discountCodeDeactivate) and WooCommerce REST v3
// coupons. Each request is checked against the documented shape (operation text, variable types,
// credentials) and refused as the real API would when malformed; answers are built from the
// fixtures in test/fixtures/shopify-admin and test/fixtures/woocommerce-coupons (see SOURCE.md).
// State is kept in memory, so a retry sees what an earlier request created.
import { z } from 'zod';
import { acceptShopifyOperation } from './accept-shopify-operation.ts';
import { acceptWooRequest, wooRestError } from './accept-woo-request.ts';
import { wooCouponInput } from './woo-coupon-input.ts';
import { fixtureText } from './fixtures.ts';
import { sendJson } from './send-json.ts';
import { type StoreReplayRequest, startStoreReplayServer } from './start-store-replay-server.ts';

/** A fixture parsed afresh (callers change it). */
function loadJson<T = unknown>(path: string): T {
  return JSON.parse(fixtureText(path.replace(/^test\/fixtures\//, ''))) as T;
}

export interface StoreCode {
  id: number;
  code: string;
  active: boolean;
  input: Record<string, unknown>;
}

export interface AdminReplay {
  origin: string;
  codes: StoreCode[];
  /** Every request: method, path, operation (GraphQL) and its body. */
  requests: StoreReplayRequest[];
  /** The next create stores the code but answers only after `ms` (a client timeout in between). */
  stallNextCreate: (ms: number) => void;
  close: () => Promise<void>;
}

const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const int = z.number().int();
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);

/** DiscountCodeBasicInput (2025-01) as microreach may send it; unknown fields are refused. */
const basicCodeDiscountInput = z
  .object({
    title: z.string().min(1),
    code: z.string().min(1),
    startsAt: dateTime,
    endsAt: dateTime.nullable().optional(),
    customerSelection: z.object({ all: z.boolean() }).strict().optional(),
    customerGets: z
      .object({
        value: z.union([
          z.object({ percentage: z.number().min(0).max(1) }).strict(),
          z.object({ discountAmount: z.object({ amount: decimal, appliesOnEachItem: z.boolean() }).strict() }).strict(),
        ]),
        items: z.object({ all: z.boolean() }).strict(),
      })
      .strict(),
    appliesOncePerCustomer: z.boolean().optional(),
    usageLimit: int.min(1).nullable().optional(),
  })
  .strict();

const OPERATIONS = {
  codeDiscountNodeByCode: {
    header: /^query codeDiscountNodeByCode\(\$code: String!\) \{\s+codeDiscountNodeByCode\(code: \$code\)/,
    variables: z.object({ code: z.string().min(1) }).strict(),
  },
  discountCodeBasicCreate: {
    header:
      /^mutation discountCodeBasicCreate\(\$basicCodeDiscount: DiscountCodeBasicInput!\) \{\s+discountCodeBasicCreate\(basicCodeDiscount: \$basicCodeDiscount\)/,
    variables: z.object({ basicCodeDiscount: basicCodeDiscountInput }).strict(),
  },
  discountCodeDeactivate: {
    header: /^mutation discountCodeDeactivate\(\$id: ID!\) \{\s+discountCodeDeactivate\(id: \$id\)/,
    variables: z.object({ id: z.string().regex(/^gid:\/\/shopify\/DiscountCodeNode\/\d+$/) }).strict(),
  },
} as const;

type GraphQLAnswer = { data: Record<string, unknown> };

const gid = (id: number) => `gid://shopify/DiscountCodeNode/${id}`;

/** Shopify Admin GraphQL at `${origin}/admin/api/2025-01/graphql.json`, accepting `token` only. */
export async function startShopifyAdminReplay(token: string): Promise<AdminReplay> {
  const codes: StoreCode[] = [];
  const requests: AdminReplay['requests'] = [];
  let stall = 0;
  let nextId = 1057371270;
  const node = (c: StoreCode) => ({
    id: gid(c.id),
    codeDiscount: { __typename: 'DiscountCodeBasic', status: c.active ? 'ACTIVE' : 'EXPIRED' },
  });

  const server = await startStoreReplayServer((request, raw, response) => {
    const accepted = acceptShopifyOperation(OPERATIONS, token, { request, raw, response, requests });
    if (!accepted) return;
    const { name, variables: v } = accepted;
    if (name === 'codeDiscountNodeByCode') {
      const found = codes.find((c) => c.code.toLowerCase() === String(v.code).toLowerCase());
      const answer = loadJson<GraphQLAnswer>('test/fixtures/shopify-admin/code-discount-node-by-code.json');
      answer.data.codeDiscountNodeByCode = found ? node(found) : null;
      return sendJson(response, 200, answer);
    }
    if (name === 'discountCodeBasicCreate') {
      const input = v.basicCodeDiscount as Record<string, unknown>;
      if (codes.some((c) => c.code.toLowerCase() === String(input.code).toLowerCase()))
        return sendJson(response, 200, loadJson('test/fixtures/shopify-admin/discount-code-basic-create-taken.json'));
      const created = { id: nextId++, code: String(input.code), active: true, input };
      codes.push(created);
      const answer = loadJson<GraphQLAnswer>('test/fixtures/shopify-admin/discount-code-basic-create.json');
      answer.data.discountCodeBasicCreate = { codeDiscountNode: node(created), userErrors: [] };
      const delay = stall;
      stall = 0;
      return sendJson(response, 200, answer, delay);
    }
    const found = codes.find((c) => gid(c.id) === v.id);
    const answer = loadJson<GraphQLAnswer>('test/fixtures/shopify-admin/discount-code-deactivate.json');
    if (!found) {
      answer.data.discountCodeDeactivate = {
        codeDiscountNode: null,
        userErrors: [{ field: ['id'], code: 'INVALID', message: 'Discount does not exist' }],
      };
      return sendJson(response, 200, answer);
    }
    found.active = false;
    answer.data.discountCodeDeactivate = { codeDiscountNode: node(found), userErrors: [] };
    return sendJson(response, 200, answer);
  });
  return { ...server, codes, requests, stallNextCreate: (ms) => (stall = ms) };
}

const couponUpdate = z.object({ status: z.enum(['publish', 'draft', 'pending', 'private']) }).strict();

/** WooCommerce REST v3 coupons at `${origin}/wp-json/wc/v3/coupons`, accepting one consumer key and secret. */
export async function startWooCouponsReplay(key: string, secret: string): Promise<AdminReplay> {
  const codes: StoreCode[] = [];
  const requests: AdminReplay['requests'] = [];
  let stall = 0;
  let nextId = 720;
  const couponOf = (c: StoreCode) => ({
    ...loadJson<Record<string, unknown>>('test/fixtures/woocommerce-coupons/coupon.json'),
    ...c.input,
    id: c.id,
    code: c.code.toLowerCase(),
    status: c.active ? 'publish' : 'draft',
  });

  const server = await startStoreReplayServer((request, raw, response) => {
    const accepted = acceptWooRequest(key, secret, { request, raw, response, requests });
    if (!accepted) return;
    const { url, body } = accepted;
    const one = url.pathname.match(/^\/wp-json\/wc\/v3\/coupons\/(\d+)$/);
    if (url.pathname === '/wp-json/wc/v3/coupons' && request.method === 'GET') {
      const code = url.searchParams.get('code');
      if (!code) return sendJson(response, 200, codes.map(couponOf));
      return sendJson(response, 200, codes.filter((c) => c.code.toLowerCase() === code.toLowerCase()).map(couponOf));
    }
    if (url.pathname === '/wp-json/wc/v3/coupons' && request.method === 'POST') {
      const input = wooCouponInput.safeParse(body);
      if (!input.success)
        return sendJson(
          response,
          400,
          wooRestError(
            400,
            'rest_invalid_param',
            `Invalid parameter(s): ${input.error.issues.map((i) => i.path.join('.')).join(', ')}`,
          ),
        );
      if (codes.some((c) => c.code.toLowerCase() === input.data.code.toLowerCase()))
        return sendJson(response, 400, loadJson('test/fixtures/woocommerce-coupons/error-code-exists.json'));
      const created = { id: nextId++, code: input.data.code, active: true, input: input.data };
      codes.push(created);
      const delay = stall;
      stall = 0;
      return sendJson(response, 201, couponOf(created), delay);
    }
    if (one && (request.method === 'PUT' || request.method === 'POST')) {
      const found = codes.find((c) => c.id === Number(one[1]));
      if (!found)
        return sendJson(response, 404, wooRestError(404, 'woocommerce_rest_shop_coupon_invalid_id', 'Invalid ID.'));
      const input = couponUpdate.safeParse(body);
      if (!input.success)
        return sendJson(response, 400, wooRestError(400, 'rest_invalid_param', 'Invalid parameter(s): status'));
      found.active = input.data.status === 'publish';
      return sendJson(response, 200, couponOf(found));
    }
    return sendJson(
      response,
      404,
      wooRestError(404, 'rest_no_route', 'No route was found matching the URL and request method.'),
    );
  });
  return { ...server, codes, requests, stallNextCreate: (ms) => (stall = ms) };
}
