// Stores one received email. Idempotent by Message-ID within the workspace: reading the same message
// again (a restart, a UIDVALIDITY reset, two copies in two folders) keeps the first row and says so.
import type { DB } from '../../connect.ts';

export interface InboundRow {
  workspaceId: number;
  mailboxId: number;
  creatorId: number | null;
  enrollmentId: number | null;
  kind: 'reply' | 'bounce' | 'auto_reply';
  messageId: string;
  inReplyTo: string | null;
  references: string | null;
  threadRoot: string;
  from: string;
  to: string;
  subject: string;
  bodyText: string;
  at: string;
  now: string;
}

export async function insertInboundMessage(db: DB, m: InboundRow): Promise<{ id: number; created: boolean }> {
  const inserted = await db
    .insertInto('outreach_messages')
    .values({
      workspace_id: m.workspaceId,
      creator_id: m.creatorId,
      mailbox_id: m.mailboxId,
      enrollment_id: null,
      step_position: null,
      direction: 'in',
      kind: m.kind,
      message_id: m.messageId,
      in_reply_to: m.inReplyTo,
      references_header: m.references,
      thread_root: m.threadRoot,
      from_address: m.from,
      to_address: m.to,
      subject: m.subject,
      body_text: m.bodyText,
      status: 'received',
      error: null,
      job_id: null,
      at: m.at,
      created_at: m.now,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'message_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: Number(inserted.id), created: true };
  const existing = await db
    .selectFrom('outreach_messages')
    .select('id')
    .where('workspace_id', '=', m.workspaceId)
    .where('message_id', '=', m.messageId)
    .executeTakeFirstOrThrow();
  return { id: Number(existing.id), created: false };
}
