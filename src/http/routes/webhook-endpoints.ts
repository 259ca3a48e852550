// /api/v1/webhook-endpoints: outgoing webhook endpoints (admin), their delivery log, replay, secret
// rotation and "send test event". Secrets are shown once, when made.
import { Hono } from 'hono';
import { notFound } from '../../core/app-error.ts';
import { WEBHOOK_EVENT_TYPES } from '../../core/webhooks/event-types.ts';
import { presentEndpoint } from '../../presenters/present-webhook-endpoint.ts';
import { createEndpoint } from '../../services/webhooks/create-endpoint.ts';
import { replaySend } from '../../services/webhooks/replay-send.ts';
import { rotateEndpointSecret } from '../../services/webhooks/rotate-endpoint-secret.ts';
import { sendTestEvent } from '../../services/webhooks/send-test-event.ts';
import { recordAudit } from '../../storage/access/audit-events.ts';
import { listWebhookEndpoints } from '../../storage/webhooks/list-webhook-endpoints.ts';
import { listWebhookSends } from '../../storage/webhooks/list-webhook-sends.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import { createEndpointBody } from '../schemas/webhook-endpoints.ts';
import { parseWith } from '../validate.ts';

export const webhookEndpointRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const rows = await listWebhookEndpoints(c.get('deps').db, c.get('actor').workspaceId);
    return c.json({ items: rows.map(presentEndpoint), event_types: [...WEBHOOK_EVENT_TYPES] });
  })
  .post('/', async (c) => {
    const body = parseWith(createEndpointBody, await c.req.json(), 'endpoint');
    const { db } = c.get('deps');
    const actor = c.get('actor');
    const made = await createEndpoint(db, c.get('runtime').secretKey(), actor.workspaceId, body, new Date());
    await recordAudit(db, actor, 'webhook_endpoint.created', String(made.id), { url: made.url, events: made.events });
    const row = (await listWebhookEndpoints(db, actor.workspaceId)).find((e) => Number(e.id) === made.id)!;
    return c.json({ ...presentEndpoint(row), secret: made.secret }, 201);
  })
  .post('/:id/rotate', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const { db } = c.get('deps');
    const actor = c.get('actor');
    const r = await rotateEndpointSecret(db, c.get('runtime').secretKey(), actor.workspaceId, id, new Date());
    await recordAudit(db, actor, 'webhook_endpoint.secret_rotated', String(id));
    return c.json({ secret: r.secret, previous_signs_until: r.previousSignsUntil });
  })
  .post('/:id/test', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const r = await sendTestEvent(c.get('deps').db, c.get('actor').workspaceId, id, new Date());
    return c.json({ event_id: r.eventId, sends: r.sends });
  })
  .get('/:id/deliveries', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const { db } = c.get('deps');
    const ws = c.get('actor').workspaceId;
    if (!(await listWebhookEndpoints(db, ws)).some((e) => Number(e.id) === id))
      throw notFound(`Webhook endpoint ${id}`);
    const rows = await listWebhookSends(db, ws, id);
    return c.json({ items: rows.map((r) => ({ ...r, id: Number(r.id), endpoint_id: Number(r.endpoint_id) })) });
  })
  .post('/deliveries/:id/replay', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const sendId = await replaySend(c.get('deps').db, c.get('actor').workspaceId, id, new Date());
    return c.json({ send_id: sendId });
  });
