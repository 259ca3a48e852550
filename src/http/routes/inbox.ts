// /api/v1/inbox: the workspace's email threads with creators, one thread, marking it read, and answering.
import { Hono, type Context } from 'hono';
import { notFound } from '../../core/app-error.ts';
import { replyFromInbox } from '../../services/outreach/inbound/reply-from-inbox.ts';
import { listInboxThreads, loadThreadOf, markThreadRead } from '../../storage/outreach/inbound/inbox-threads.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import { inboxReplyBody } from '../schemas/inbox.ts';
import { parseWith } from '../validate.ts';

const workspaceOf = (c: Context<AppEnv>) => c.get('actor').workspaceId;
const idOf = (c: Context<AppEnv>) => parseWith(idParam, c.req.param(), 'path').id;

async function thread(c: Context<AppEnv>, id: number) {
  const messages = await loadThreadOf(c.get('deps').db, workspaceOf(c), id);
  if (messages.length === 0) throw notFound(`Message ${id}`);
  return messages;
}

export const inboxRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ threads: await listInboxThreads(c.get('deps').db, workspaceOf(c)) }))
  .get('/:id', async (c) => {
    const messages = await thread(c, idOf(c));
    const first = messages[0] as (typeof messages)[number];
    return c.json({
      thread_root: first.thread_root,
      creator_id: messages.find((m) => m.creator_id !== null)?.creator_id ?? null,
      messages: messages.map((m) => ({
        id: Number(m.id),
        direction: m.direction as 'in' | 'out',
        kind: m.kind,
        from: m.from_address,
        to: m.to_address,
        subject: m.subject,
        body_text: m.body_text,
        status: m.status,
        at: m.at,
        read_at: m.read_at ?? null,
      })),
    });
  })
  .post('/:id/read', async (c) => {
    const first = (await thread(c, idOf(c)))[0] as { thread_root: string };
    const marked = await markThreadRead(c.get('deps').db, workspaceOf(c), first.thread_root, new Date().toISOString());
    return c.json({ marked });
  })
  .post('/:id/reply', async (c) => {
    const id = idOf(c);
    const { body } = parseWith(inboxReplyBody, await c.req.json(), 'reply');
    const { config } = c.get('deps');
    const sent = await replyFromInbox(
      c.get('deps').db,
      {
        secretKey: c.get('runtime').secretKey(),
        publicOrigin: config.publicOrigin ?? new URL(c.req.url).origin,
        now: () => new Date(),
      },
      workspaceOf(c),
      id,
      body,
    );
    return c.json({ id: sent.id, message_id: sent.messageId, status: sent.status, error: sent.error }, 201);
  });
