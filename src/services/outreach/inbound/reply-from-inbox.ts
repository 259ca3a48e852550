// An answer written in the inbox: sent through the mailbox the creator's last email came in to (else the
// thread's), to her address, as a reply to the newest message of the thread (In-Reply-To / References
// by sendEmail), so it lands in the same conversation in her mail client.
import { AppError, notFound } from '../../../core/app-error.ts';
import type { DB } from '../../../storage/connect.ts';
import { loadThreadOf } from '../../../storage/outreach/inbound/inbox-threads.ts';
import { type SendEmailDeps, type SendEmailResult, sendEmail } from '../send-email.ts';

export async function replyFromInbox(
  db: DB,
  deps: SendEmailDeps,
  workspaceId: number,
  messageId: number,
  body: string,
): Promise<SendEmailResult> {
  const thread = await loadThreadOf(db, workspaceId, messageId);
  if (thread.length === 0) throw notFound(`Message ${messageId}`);
  const last = thread[thread.length - 1] as (typeof thread)[number];
  const lastIn = [...thread].reverse().find((m) => m.direction === 'in');
  const creatorId = thread.find((m) => m.creator_id !== null)?.creator_id ?? null;
  const mailboxId = lastIn?.mailbox_id ?? thread.find((m) => m.mailbox_id !== null)?.mailbox_id ?? null;
  if (creatorId === null || mailboxId === null)
    throw new AppError('validation_failed', `Message ${messageId}: its thread has no known creator or mailbox`, [
      { path: 'id', message: 'the thread is not with a known creator through a mailbox of this workspace' },
    ]);
  const to = lastIn?.from_address ?? last.to_address;
  const subject = /^re:/i.test(last.subject) ? last.subject : `Re: ${last.subject}`;
  return sendEmail(db, deps, {
    workspaceId,
    mailboxId: Number(mailboxId),
    creatorId: Number(creatorId),
    to,
    subject,
    body,
    kind: 'reply',
    inReplyTo: last.message_id,
  });
}
