// The checks every Shopify Admin GraphQL replay makes before its operation runs, as the real API makes them:
// the endpoint and method, the access token, a JSON body, an operation it knows (by the text of its header)
// and variables of the documented types. Every request is recorded first, refused or not.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { fixtureText } from './fixtures.ts';
import { sendJson } from './send-json.ts';
import type { StoreReplayRequest } from './start-store-replay-server.ts';

export type ShopifyOperations = Record<string, { header: RegExp; variables: z.ZodType }>;

/** A GraphQL error answer (HTTP 200), as Shopify sends for a query it cannot run. */
export const shopifyGraphqlError = (message: string) => ({
  errors: [{ message, extensions: { code: 'argumentLiteralsIncompatible' } }],
});

/** The operation's name and variables, or undefined once the refusal is sent. */
export function acceptShopifyOperation<O extends ShopifyOperations>(
  operations: O,
  token: string,
  exchange: { request: IncomingMessage; raw: string; response: ServerResponse; requests: StoreReplayRequest[] },
  // biome-ignore lint/suspicious/noExplicitAny: the variables were just checked against the operation's schema
): { name: keyof O & string; variables: Record<string, any> } | undefined {
  const { request, raw, response, requests } = exchange;
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  let body: { query?: unknown; variables?: unknown } | undefined;
  try {
    body = JSON.parse(raw);
  } catch {
    body = undefined;
  }
  const query = typeof body?.query === 'string' ? body.query : '';
  const name = (Object.keys(operations) as (keyof O & string)[]).find((n) => operations[n]!.header.test(query));
  requests.push({ method: request.method ?? '', path, operation: name ?? null, body });
  if (request.method !== 'POST' || path !== '/admin/api/2025-01/graphql.json')
    return void sendJson(response, 404, { errors: 'Not Found' });
  if (request.headers['x-shopify-access-token'] !== token)
    return void sendJson(response, 401, JSON.parse(fixtureText('shopify-admin/invalid-token.json')));
  if (!String(request.headers['content-type']).startsWith('application/json'))
    return void sendJson(response, 400, { errors: 'Content-Type must be application/json' });
  if (!body || !name)
    return void sendJson(response, 200, shopifyGraphqlError(`unknown or malformed operation: ${query.slice(0, 80)}`));
  const variables = operations[name]!.variables.safeParse(body.variables);
  if (!variables.success) {
    const issues = variables.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return void sendJson(response, 200, shopifyGraphqlError(`Variables of ${name} are invalid: ${issues}`));
  }
  return { name, variables: variables.data as Record<string, unknown> };
}
