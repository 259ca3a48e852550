// POST /webhooks/<platform>/<workspace> answered straight from node:http, before the Hono app (as
// fast-redirect.ts answers /r/<key>): the store webhook intake is the hottest POST, and building a Fetch
// Request and Response around it, routing it and running the app's middleware cost its thread about as
// much as verifying and parsing the delivery. It calls the same receiveWebhook as the Hono route and
// sends the same answer with the same headers (test/http/fast-webhook.test.ts compares them).
// Anything else falls through to the app, which answers it as before: another method or path shape, a
// platform that does not exist (404), a host the installation does not answer to (403), a body without a
// Content-Length (chunked) or over the limit (413).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.ts';
import { storeConnector } from '../connectors/stores/registry.ts';
import type { Runtime } from '../services/server-caches-and-buffers.ts';
import { MAX_BODY_BYTES, receiveWebhook } from '../services/webhooks/receive-webhook.ts';
import { answerError } from './handle-error.ts';
import { readCounted } from './limit-bodies.ts';

/** Platform and workspace slug as the route's params, without percent-escapes (those go to the app). */
const PATH = /^\/webhooks\/([a-z]{1,40})\/([A-Za-z0-9_-]{1,200})(?:\?.*)?$/;

/** What the app's middleware adds to every answer (secureHeaders and the same-origin CORP of app.ts). */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'same-origin',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

const TOO_LARGE: { status: number; body: unknown } = { status: 413, body: { ok: false, error: 'Body too large' } };

/** Handles the request when it is a store webhook the app would route; returns false to let the app answer. */
export function fastWebhook(runtime: Runtime, config: Config, req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url;
  if (req.method !== 'POST' || !url?.startsWith('/webhooks/')) return false;
  const match = PATH.exec(url);
  const connector = match && storeConnector(match[1]!);
  if (!connector || !answersHost(config, req.headers.host)) return false;
  const declared = req.headers['content-length'];
  if (declared === undefined || req.headers['transfer-encoding'] !== undefined || Number(declared) > MAX_BODY_BYTES)
    return false;
  const slug = match[2]!;
  const header = (name: string) => {
    const value = req.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  readCounted(req, MAX_BODY_BYTES)
    .then((raw): Promise<{ status: number; body: unknown }> | typeof TOO_LARGE =>
      // Node reads no more than the Content-Length checked above; were it more, the app's 413 answer.
      raw ? receiveWebhook(runtime, connector, slug, header, raw) : TOO_LARGE,
    )
    .then(
      (reply) => send(res, reply.status, reply.body, reply === TOO_LARGE ? { connection: 'close' } : {}),
      (error: Error) => {
        const answer = answerError(error, `POST ${url.split('?')[0]}`);
        send(res, answer.status, answer.body, answer.headers);
      },
    );
  return true;
}

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  if (res.destroyed) return;
  const json = JSON.stringify(body);
  res
    .writeHead(status, {
      ...APP_RESPONSE_HEADERS,
      ...extra,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(json)),
    })
    .end(json);
}

/**
 * A plain Host header (lower-case name, optional port), as the Node adapter reads it without parsing a URL;
 * anything else (upper case, an IPv6 literal, user info) goes to the app, which checks it as before.
 */
const PLAIN_HOST = /^([a-z0-9._-]+)(?::\d{1,5})?$/;

/** As check-host.ts decides it: the hostname the Node adapter reads from the Host header is allowed. */
function answersHost(config: Config, host: string | undefined): boolean {
  const hostname = host === undefined ? undefined : PLAIN_HOST.exec(host)?.[1];
  return hostname !== undefined && config.allowedHostnames.includes(hostname);
}
