// Public webhook intake: POST /webhooks/:platform/:workspace for every store platform of
// connectors/stores/registry.ts (so /webhooks/shopify/acme and /webhooks/woocommerce/acme as before).
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { storeConnector } from '../../connectors/stores/registry.ts';
import { MAX_BODY_BYTES, receiveWebhook } from '../../services/webhooks/receive-webhook.ts';
import type { AppEnv } from '../context.ts';

export const webhookRoutes = new Hono<AppEnv>().post('/:platform/:workspace', async (c) => {
  const connector = storeConnector(c.req.param('platform'));
  if (!connector) return c.json({ ok: false, error: 'No such store platform' }, 404);
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) return c.json({ ok: false, error: 'Body too large' }, 413);
  const raw = Buffer.from(await c.req.arrayBuffer());
  if (raw.length > MAX_BODY_BYTES) return c.json({ ok: false, error: 'Body too large' }, 413);
  const reply = await receiveWebhook(
    c.get('runtime'),
    connector,
    c.req.param('workspace'),
    (name) => c.req.header(name),
    raw,
  );
  return c.json(reply.body, reply.status as ContentfulStatusCode);
});
