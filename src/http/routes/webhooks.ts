// Public webhook intake: POST /webhooks/:platform/:workspace for every store platform of
// connectors/stores/registry.ts (so /webhooks/shopify/acme and /webhooks/woocommerce/acme as before).
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { storeConnector } from '../../connectors/stores/registry.ts';
import { receiveWebhook } from '../../services/webhooks/receive-webhook.ts';
import type { AppEnv } from '../context.ts';

export const webhookRoutes = new Hono<AppEnv>().post('/:platform/:workspace', async (c) => {
  const connector = storeConnector(c.req.param('platform'));
  if (!connector) return c.json({ ok: false, error: 'No such store platform' }, 404);
  // Read and counted by limit-bodies.ts (over MAX_BODY_BYTES: refused there); absent: an empty body.
  const raw = c.get('rawBody') ?? Buffer.alloc(0);
  const reply = await receiveWebhook(
    c.get('runtime'),
    connector,
    c.req.param('workspace'),
    (name) => c.req.header(name),
    raw,
  );
  return c.json(reply.body, reply.status as ContentfulStatusCode);
});
