// /api/v1/outreach/messages/{id}/settle: a person settles an email whose fate is unknown (or that failed),
// through the same service as `outreach settle`.
import { Hono } from 'hono';
import { settleUnknownMessage } from '../../services/outreach/settle-unknown-message.ts';
import { recordAudit } from '../../storage/access/audit-events.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import { settleBody } from '../schemas/outreach.ts';
import { parseWith } from '../validate.ts';

export const outreachMessageRoutes = new Hono<AppEnv>().post('/:id/settle', async (c) => {
  const { id } = parseWith(idParam, c.req.param(), 'path');
  const body = parseWith(settleBody, await c.req.json(), 'settle');
  const { db } = c.get('deps');
  const actor = c.get('actor');
  const result = await settleUnknownMessage(db, actor.workspaceId, id, body.as, new Date());
  await recordAudit(db, actor, 'outreach_message.settled', String(id), { as: body.as });
  return c.json(result);
});
