// Public webhook intake: POST /webhooks/shopify/:workspace and /webhooks/woocommerce/:workspace.
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { MAX_BODY_BYTES, receiveWebhook } from '../../services/webhooks/receive-webhook.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import type { AppEnv } from '../context.ts';

const intake = (platform: StorePlatform) => async (c: import('hono').Context<AppEnv>) => {
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) return c.json({ ok: false, error: 'Body too large' }, 413);
  const raw = Buffer.from(await c.req.arrayBuffer());
  if (raw.length > MAX_BODY_BYTES) return c.json({ ok: false, error: 'Body too large' }, 413);
  const runtime = c.get('runtime');
  const reply = await receiveWebhook(runtime, platform, c.req.param('workspace') ?? '', (name) => c.req.header(name), raw);
  return c.json(reply.body, reply.status as ContentfulStatusCode);
};

export const webhookRoutes = new Hono<AppEnv>()
  .post('/shopify/:workspace', intake('shopify'))
  .post('/woocommerce/:workspace', intake('woocommerce'));
