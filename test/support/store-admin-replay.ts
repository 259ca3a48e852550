// Local replay servers for the stores' Admin APIs as far as discount codes go: Shopify Admin GraphQL
// (codeDiscountNodeByCode, discountCodeBasicCreate, discountCodeDeactivate) and WooCommerce REST v3
// coupons. Each request is checked against the documented shape (operation text, variable types,
// credentials) and refused as the real API would when malformed; answers are built from the
// fixtures in test/fixtures/shopify-admin and test/fixtures/woocommerce-coupons (see SOURCE.md).
// State is kept in memory, so a retry sees what an earlier request created.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { fixtureText } from './fixtures.ts';

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
  requests: { method: string; path: string; operation: string | null; body: unknown }[];
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

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown, delayMs = 0) {
  const write = () => {
    if (response.destroyed) return;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  if (delayMs > 0) setTimeout(write, delayMs);
  else write();
}

async function startServer(
  handle: (request: IncomingMessage, raw: string, response: ServerResponse) => void,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    readBody(request).then(
      (raw) => handle(request, raw, response),
      () => send(response, 400, { errors: 'unreadable body' }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

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
  const graphqlError = (message: string) => ({
    errors: [{ message, extensions: { code: 'argumentLiteralsIncompatible' } }],
  });

  const server = await startServer((request, raw, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    let body: { query?: unknown; variables?: unknown } | undefined;
    try {
      body = JSON.parse(raw);
    } catch {
      body = undefined;
    }
    const query = typeof body?.query === 'string' ? body.query : '';
    const name = (Object.keys(OPERATIONS) as (keyof typeof OPERATIONS)[]).find((n) => OPERATIONS[n].header.test(query));
    requests.push({ method: request.method ?? '', path, operation: name ?? null, body });
    if (request.method !== 'POST' || path !== '/admin/api/2025-01/graphql.json')
      return send(response, 404, { errors: 'Not Found' });
    if (request.headers['x-shopify-access-token'] !== token)
      return send(response, 401, loadJson('test/fixtures/shopify-admin/invalid-token.json'));
    if (!String(request.headers['content-type']).startsWith('application/json'))
      return send(response, 400, { errors: 'Content-Type must be application/json' });
    if (!body || !name)
      return send(response, 200, graphqlError(`unknown or malformed operation: ${query.slice(0, 80)}`));
    const variables = OPERATIONS[name].variables.safeParse(body.variables);
    if (!variables.success)
      return send(
        response,
        200,
        graphqlError(
          `Variables of ${name} are invalid: ${variables.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        ),
      );
    const v = variables.data as Record<string, unknown>;
    if (name === 'codeDiscountNodeByCode') {
      const found = codes.find((c) => c.code.toLowerCase() === String(v.code).toLowerCase());
      const answer = loadJson<GraphQLAnswer>('test/fixtures/shopify-admin/code-discount-node-by-code.json');
      answer.data.codeDiscountNodeByCode = found ? node(found) : null;
      return send(response, 200, answer);
    }
    if (name === 'discountCodeBasicCreate') {
      const input = v.basicCodeDiscount as Record<string, unknown>;
      if (codes.some((c) => c.code.toLowerCase() === String(input.code).toLowerCase()))
        return send(response, 200, loadJson('test/fixtures/shopify-admin/discount-code-basic-create-taken.json'));
      const created = { id: nextId++, code: String(input.code), active: true, input };
      codes.push(created);
      const answer = loadJson<GraphQLAnswer>('test/fixtures/shopify-admin/discount-code-basic-create.json');
      answer.data.discountCodeBasicCreate = { codeDiscountNode: node(created), userErrors: [] };
      const delay = stall;
      stall = 0;
      return send(response, 200, answer, delay);
    }
    const found = codes.find((c) => gid(c.id) === v.id);
    const answer = loadJson<GraphQLAnswer>('test/fixtures/shopify-admin/discount-code-deactivate.json');
    if (!found) {
      answer.data.discountCodeDeactivate = {
        codeDiscountNode: null,
        userErrors: [{ field: ['id'], code: 'INVALID', message: 'Discount does not exist' }],
      };
      return send(response, 200, answer);
    }
    found.active = false;
    answer.data.discountCodeDeactivate = { codeDiscountNode: node(found), userErrors: [] };
    return send(response, 200, answer);
  });
  return { ...server, codes, requests, stallNextCreate: (ms) => (stall = ms) };
}

const couponCreate = z
  .object({
    code: z.string().min(1),
    description: z.string().optional(),
    discount_type: z.enum(['percent', 'fixed_cart', 'fixed_product']),
    amount: decimal,
    usage_limit: int.nullable().optional(),
    usage_limit_per_user: int.nullable().optional(),
    date_expires_gmt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/)
      .nullable()
      .optional(),
  })
  .strict();
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
  const restError = (status: number, code: string, message: string) => ({ code, message, data: { status } });

  const server = await startServer((request, raw, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      body = undefined;
    }
    requests.push({ method: request.method ?? '', path: `${url.pathname}${url.search}`, operation: null, body });
    const auth = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
    if (request.headers.authorization !== auth)
      return send(response, 401, restError(401, 'woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.'));
    const one = url.pathname.match(/^\/wp-json\/wc\/v3\/coupons\/(\d+)$/);
    if (url.pathname === '/wp-json/wc/v3/coupons' && request.method === 'GET') {
      const code = url.searchParams.get('code');
      if (!code) return send(response, 200, codes.map(couponOf));
      return send(response, 200, codes.filter((c) => c.code.toLowerCase() === code.toLowerCase()).map(couponOf));
    }
    if (url.pathname === '/wp-json/wc/v3/coupons' && request.method === 'POST') {
      const input = couponCreate.safeParse(body);
      if (!input.success)
        return send(
          response,
          400,
          restError(
            400,
            'rest_invalid_param',
            `Invalid parameter(s): ${input.error.issues.map((i) => i.path.join('.')).join(', ')}`,
          ),
        );
      if (codes.some((c) => c.code.toLowerCase() === input.data.code.toLowerCase()))
        return send(response, 400, loadJson('test/fixtures/woocommerce-coupons/error-code-exists.json'));
      const created = { id: nextId++, code: input.data.code, active: true, input: input.data };
      codes.push(created);
      const delay = stall;
      stall = 0;
      return send(response, 201, couponOf(created), delay);
    }
    if (one && (request.method === 'PUT' || request.method === 'POST')) {
      const found = codes.find((c) => c.id === Number(one[1]));
      if (!found) return send(response, 404, restError(404, 'woocommerce_rest_shop_coupon_invalid_id', 'Invalid ID.'));
      const input = couponUpdate.safeParse(body);
      if (!input.success)
        return send(response, 400, restError(400, 'rest_invalid_param', 'Invalid parameter(s): status'));
      found.active = input.data.status === 'publish';
      return send(response, 200, couponOf(found));
    }
    return send(
      response,
      404,
      restError(404, 'rest_no_route', 'No route was found matching the URL and request method.'),
    );
  });
  return { ...server, codes, requests, stallNextCreate: (ms) => (stall = ms) };
}
