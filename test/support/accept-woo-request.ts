// The checks every WooCommerce REST v3 replay makes before its route runs, as the real API makes them: the
// consumer key and secret as HTTP Basic credentials. Every request is recorded first (path with its query
// string, parsed JSON body), refused or not.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './send-json.ts';
import type { StoreReplayRequest } from './start-store-replay-server.ts';

/** A REST error body ({ code, message, data: { status } }), as WordPress sends it. */
export const wooRestError = (status: number, code: string, message: string) => ({ code, message, data: { status } });

/** The request's URL and body, or undefined once the refusal is sent. */
export function acceptWooRequest(
  key: string,
  secret: string,
  exchange: { request: IncomingMessage; raw: string; response: ServerResponse; requests: StoreReplayRequest[] },
): { url: URL; body: unknown } | undefined {
  const { request, raw, response, requests } = exchange;
  const url = new URL(request.url ?? '/', 'http://x');
  let body: unknown;
  try {
    body = raw === '' ? undefined : JSON.parse(raw);
  } catch {
    body = undefined;
  }
  requests.push({ method: request.method ?? '', path: `${url.pathname}${url.search}`, operation: null, body });
  if (request.headers.authorization !== `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`)
    return void sendJson(
      response,
      401,
      wooRestError(401, 'woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.'),
    );
  return { url, body };
}
