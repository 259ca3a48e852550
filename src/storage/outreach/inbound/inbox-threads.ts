// The inbox: a workspace's email threads with creators (a thread = the messages sharing a thread root),
// newest activity first, with unread counts; and one thread's messages. Every query is scoped to the
// workspace: another workspace's threads are never listed, opened or marked.
import { sql } from 'kysely';
import type { DB } from '../../connect.ts';

export interface InboxThreadRow {
  thread_root: string;
  creator_id: number | null;
  creator_name: string | null;
  subject: string;
  last_at: string;
  last_message_id: number;
  messages: number;
  unread: number;
}

export async function listInboxThreads(db: DB, workspaceId: number, limit = 100): Promise<InboxThreadRow[]> {
  // Only threads with at least one received email: the inbox is about answers, not every step sent.
  const rows = await db
    .selectFrom('outreach_messages as m')
    .leftJoin('creators as c', 'c.id', 'm.creator_id')
    .select([
      'm.thread_root',
      (eb) => eb.fn.max('m.creator_id').as('creator_id'),
      (eb) => eb.fn.max('c.display_name').as('creator_name'),
      (eb) => eb.fn.max('m.at').as('last_at'),
      (eb) => eb.fn.max('m.id').as('last_message_id'),
      (eb) => eb.fn.countAll().as('messages'),
      sql<number>`sum(case when m.direction = 'in' and m.read_at is null then 1 else 0 end)`.as('unread'),
      sql<number>`sum(case when m.direction = 'in' then 1 else 0 end)`.as('received'),
    ])
    .where('m.workspace_id', '=', workspaceId)
    .groupBy('m.thread_root')
    .having(sql`sum(case when m.direction = 'in' then 1 else 0 end)`, '>', 0)
    .orderBy('last_at', 'desc')
    .limit(limit)
    .execute();
  const subjects = await firstSubjects(
    db,
    workspaceId,
    rows.map((r) => r.thread_root),
  );
  return rows.map((r) => ({
    thread_root: r.thread_root,
    creator_id: r.creator_id === null ? null : Number(r.creator_id),
    creator_name: r.creator_name ?? null,
    subject: subjects.get(r.thread_root) ?? '',
    last_at: String(r.last_at),
    last_message_id: Number(r.last_message_id),
    messages: Number(r.messages),
    unread: Number(r.unread),
  }));
}

async function firstSubjects(db: DB, workspaceId: number, roots: string[]): Promise<Map<string, string>> {
  if (roots.length === 0) return new Map();
  const rows = await db
    .selectFrom('outreach_messages')
    .select(['thread_root', 'subject', 'message_id'])
    .where('workspace_id', '=', workspaceId)
    .where('thread_root', 'in', roots)
    .orderBy('at')
    .orderBy('id')
    .execute();
  // The root's own subject; else the earliest stored (the root may be a message we never saw).
  const out = new Map<string, string>();
  for (const r of rows) if (r.message_id === r.thread_root) out.set(r.thread_root, r.subject);
  for (const r of rows) if (!out.has(r.thread_root)) out.set(r.thread_root, r.subject);
  return out;
}

/** The thread that message `id` belongs to, in the order stored; empty when the id is not this workspace's. */
export async function loadThreadOf(db: DB, workspaceId: number, id: number) {
  const anchor = await db
    .selectFrom('outreach_messages')
    .select('thread_root')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!anchor) return [];
  return (
    db
      .selectFrom('outreach_messages')
      .select([
        'id',
        'creator_id',
        'mailbox_id',
        'direction',
        'kind',
        'message_id',
        'thread_root',
        'from_address',
        'to_address',
        'subject',
        'body_text',
        'status',
        'at',
        'read_at',
      ])
      .where('workspace_id', '=', workspaceId)
      .where('thread_root', '=', anchor.thread_root)
      // Stored order, not `at`: a received email's time (the server's INTERNALDATE) has whole seconds, so an
      // answer can look older than the email it answers; we store an email before we can read its answer.
      .orderBy('id')
      .execute()
  );
}

/** Marks every received message of the thread read (the first time only). */
export async function markThreadRead(db: DB, workspaceId: number, threadRoot: string, now: string): Promise<number> {
  const r = await db
    .updateTable('outreach_messages')
    .set({ read_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('thread_root', '=', threadRoot)
    .where('direction', '=', 'in')
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
