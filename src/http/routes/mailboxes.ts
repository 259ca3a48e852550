// /api/v1/mailboxes: the workspace's own mailboxes for outreach (list without secrets, add through the
// same service as `mailbox add`, which checks the SMTP login; pause and resume). Adding one is audited.
import { type Context, Hono } from 'hono';
import { notFound } from '../../core/app-error.ts';
import { addMailbox } from '../../services/outreach/add-mailbox.ts';
import { describeMailbox, describeMailboxes } from '../../services/outreach/describe-mailboxes.ts';
import { recordAudit } from '../../storage/access/audit-events.ts';
import { loadMailbox } from '../../storage/outreach/load-mailbox.ts';
import { setMailboxStatus } from '../../storage/outreach/set-mailbox-status.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import { addMailboxBody } from '../schemas/outreach.ts';
import { parseWith } from '../validate.ts';

async function setStatus(c: Context<AppEnv>, status: 'active' | 'paused') {
  const { id } = parseWith(idParam, c.req.param(), 'path');
  const { db } = c.get('deps');
  const actor = c.get('actor');
  if (!(await setMailboxStatus(db, actor.workspaceId, id, status, new Date().toISOString())))
    throw notFound(`Mailbox ${id}`);
  await recordAudit(db, actor, status === 'paused' ? 'mailbox.paused' : 'mailbox.resumed', String(id));
  const row = await loadMailbox(db, actor.workspaceId, id);
  if (!row) throw notFound(`Mailbox ${id}`);
  return c.json({ mailbox: describeMailbox(c.get('runtime').secretKey(), row) });
}

export const mailboxRoutes = new Hono<AppEnv>()
  .get('/', async (c) =>
    c.json({
      mailboxes: await describeMailboxes(c.get('deps').db, c.get('runtime').secretKey(), c.get('actor').workspaceId),
    }),
  )
  .post('/', async (c) => {
    const body = parseWith(addMailboxBody, await c.req.json(), 'mailbox');
    const { db } = c.get('deps');
    const actor = c.get('actor');
    const key = c.get('runtime').secretKey();
    const added = await addMailbox(
      db,
      key,
      {
        workspaceId: actor.workspaceId,
        from: body.from,
        smtpUrl: body.smtp,
        imapUrl: body.imap ?? null,
        dailyLimit: body.daily_limit,
        timeZone: body.time_zone,
      },
      new Date(),
    );
    await recordAudit(db, actor, added.created ? 'mailbox.added' : 'mailbox.updated', String(added.id), {
      from: added.from_address,
      smtp: added.smtp,
      imap: added.imap,
    });
    const row = await loadMailbox(db, actor.workspaceId, added.id);
    if (!row) throw notFound(`Mailbox ${added.id}`);
    return c.json({ mailbox: describeMailbox(key, row), created: added.created }, added.created ? 201 : 200);
  })
  .post('/:id/pause', (c) => setStatus(c, 'paused'))
  .post('/:id/resume', (c) => setStatus(c, 'active'));
