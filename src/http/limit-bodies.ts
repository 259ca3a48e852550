// Every request body is counted WHILE it streams in, chunked or not, before any handler parses it:
// a body over its route's limit is refused with 413 after reading at most limit + one chunk, and
// the connection is closed so the rest is never read. Content-Length alone cannot be trusted for
// this (a chunked upload has none), so the bytes themselves are counted. One table of limits.
// The webhook intake reads its body straight from Node's request (see `raw`): the hottest POST skips
// building a Fetch Request and a web stream for it, and reading the body a second time.
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { MAX_BODY_BYTES as MAX_WEBHOOK_BYTES } from '../services/webhooks/receive-webhook.ts';
import type { AppEnv } from './context.ts';
import { MAX_IMPORT_BYTES } from './schemas/imports.ts';
import { MAX_DRAFT_BYTES } from '../services/content/submit-draft.ts';
import { MAX_META_WEBHOOK_BYTES } from './routes/meta-webhooks.ts';

/** JSON API bodies, sign-in forms and everything not listed below. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

interface BodyRule {
  prefix: string;
  limit: number;
  /** The route's own documented 413 answer, when it is not the API's error format. */
  reply?: (c: Context<AppEnv>) => Response;
  /**
   * The route reads the bytes from c.get('rawBody') (set for every rule), not from the request: under
   * Node they are then read from the socket directly and the request is not rebuilt around them.
   */
  raw?: true;
}

const RULES: BodyRule[] = [
  // Multipart framing around the file takes a few bytes beyond the file's own limit.
  { prefix: '/api/v1/imports', limit: MAX_IMPORT_BYTES + 64 * 1024 },
  // The creator portal's draft upload (a photo or short video) and its small forms.
  { prefix: '/p/', limit: MAX_DRAFT_BYTES + 64 * 1024 },
  {
    prefix: '/meta-webhooks/',
    limit: MAX_META_WEBHOOK_BYTES,
    reply: (c) => c.json({ ok: false, error: 'Body too large' }, 413),
  },
  {
    prefix: '/webhooks/',
    limit: MAX_WEBHOOK_BYTES,
    reply: (c) => c.json({ ok: false, error: 'Body too large' }, 413),
    raw: true,
  },
  // The storefront snippet's checkout report: three short strings.
  { prefix: '/t/checkout', limit: 4 * 1024, reply: (c) => c.body(null, 413) },
];

export function bodyRuleFor(path: string): BodyRule {
  return RULES.find((rule) => path.startsWith(rule.prefix)) ?? { prefix: '', limit: DEFAULT_BODY_LIMIT };
}

export const limitBodies: MiddlewareHandler<AppEnv> = async (c, next) => {
  const rule = bodyRuleFor(c.req.path);
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (rule.raw && incoming && c.req.method === 'POST') {
    if (Number(c.req.header('content-length') ?? 0) > rule.limit) return refuse(c, rule);
    const bytes = await readCounted(incoming, rule.limit);
    if (!bytes) return refuse(c, rule);
    c.set('rawBody', bytes);
    return next();
  }
  const body = c.req.raw.body;
  if (!body) return next();
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > rule.limit) return refuse(c, rule);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > rule.limit) return refuse(c, rule);
    chunks.push(value);
  }
  const bytes = Buffer.concat(chunks, size);
  if (rule.raw) c.set('rawBody', bytes);
  else c.req.raw = new Request(c.req.raw, { body: bytes });
  return next();
};

/** The body of a Node request, counted as it arrives; null as soon as it is over `limit`. */
export function readCounted(incoming: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (then: () => void) => {
      incoming.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      then();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading: the refusal closes the connection, the rest of the body is never read.
        incoming.pause();
        settle(() => resolve(null));
      } else chunks.push(chunk);
    };
    const onEnd = () => settle(() => resolve(Buffer.concat(chunks, size)));
    const onError = (error: Error) => settle(() => reject(error));
    // The client went away before the end of its body.
    const onClose = () => settle(() => reject(new Error('the request body was cut off')));
    incoming.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

function refuse(c: Context<AppEnv>, rule: BodyRule): Response {
  // Closing the connection after the answer stops the client's upload instead of draining it.
  c.header('connection', 'close');
  if (rule.reply) return rule.reply(c);
  const mib = (rule.limit / 1024 / 1024).toFixed(rule.limit < 1024 * 1024 ? 3 : 0);
  const message = `The request body is larger than ${mib} MiB.`;
  const details = [{ path: 'body', message: 'too large' }];
  return c.json({ error: { code: 'payload_too_large', message, details } }, 413);
}
