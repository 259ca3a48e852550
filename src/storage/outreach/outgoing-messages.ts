// Outgoing emails in outreach_messages. A sequence step is inserted once per (enrollment, position): a
// second attempt finds the first row instead of sending again. Status moves sending → sent | failed |
// unknown; a person settles an unknown one (sent, or resend).
import type { Selectable } from 'kysely';
import type { DB } from '../connect.ts';
import type { OutreachMessagesTable } from '../schema.ts';

export type MessageRow = Selectable<OutreachMessagesTable>;

export interface NewOutgoingMessage {
  workspaceId: number;
  /** null: an email to someone who is not a creator (a task reminder to a colleague). */
  creatorId: number | null;
  mailboxId: number;
  enrollmentId: number | null;
  stepPosition: number | null;
  kind: 'step' | 'manual' | 'reply';
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  threadRoot: string;
  from: string;
  to: string;
  subject: string;
  bodyText: string;
  jobId: number | null;
  now: string;
  /** queued: planned, sent later by its job; sending (default): about to go out now. */
  status?: 'queued' | 'sending';
}

/** The new row's id, or the existing step's row (created: false) when this step was already attempted. */
export async function beginOutgoingMessage(
  db: DB,
  m: NewOutgoingMessage,
): Promise<{ created: true; id: number } | { created: false; existing: MessageRow }> {
  const inserted = await db
    .insertInto('outreach_messages')
    .values({
      workspace_id: m.workspaceId,
      creator_id: m.creatorId,
      mailbox_id: m.mailboxId,
      enrollment_id: m.enrollmentId,
      step_position: m.stepPosition,
      direction: 'out',
      kind: m.kind,
      message_id: m.messageId,
      in_reply_to: m.inReplyTo,
      references_header: m.references.length > 0 ? m.references.join(' ') : null,
      thread_root: m.threadRoot,
      from_address: m.from,
      to_address: m.to,
      subject: m.subject,
      body_text: m.bodyText,
      status: m.status ?? 'sending',
      error: null,
      job_id: m.jobId,
      at: m.now,
      created_at: m.now,
    })
    .onConflict((oc) => oc.columns(['enrollment_id', 'step_position']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { created: true, id: Number(inserted.id) };
  const existing = await db
    .selectFrom('outreach_messages')
    .selectAll()
    .where('enrollment_id', '=', m.enrollmentId)
    .where('step_position', '=', m.stepPosition)
    .executeTakeFirstOrThrow();
  return { created: false, existing };
}

export async function settleOutgoingMessage(
  db: DB,
  id: number,
  s: { status: 'sent' | 'failed' | 'unknown'; error: string | null; at: string },
): Promise<void> {
  await db
    .updateTable('outreach_messages')
    .set({ status: s.status, error: s.error, at: s.at })
    .where('id', '=', id)
    .execute();
}

/** A message of the workspace by its Message-ID (without brackets), to thread a reply under it. */
export async function findMessageByMessageId(
  db: DB,
  workspaceId: number,
  messageId: string,
): Promise<MessageRow | undefined> {
  return db
    .selectFrom('outreach_messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .executeTakeFirst();
}

/** Takes a planned message for sending; false when it is no longer queued (sent, sending or unknown). */
export async function claimQueuedMessage(db: DB, id: number, jobId: number | null): Promise<boolean> {
  const r = await db
    .updateTable('outreach_messages')
    .set({ status: 'sending', job_id: jobId })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function loadMessage(db: DB, workspaceId: number, id: number): Promise<MessageRow | undefined> {
  return db
    .selectFrom('outreach_messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}
