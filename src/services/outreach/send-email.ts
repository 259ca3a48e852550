// Sends ONE email through a workspace mailbox over SMTP and records it in outreach_messages: the row is
// written `sending` before the first byte goes out, then `sent`, `failed` or `unknown` (connection lost
// after the data started: maybe delivered, never re-sent blindly). Used for sequence steps and for
// replies written in the app. A step already attempted is not sent again: its row is returned as is.
import { notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { loadMailbox } from '../../storage/outreach/load-mailbox.ts';
import { beginOutgoingMessage } from '../../storage/outreach/outgoing-messages.ts';
import { type PrepareInput, prepareOutgoing } from './prepare-outgoing.ts';
import { type TransmitDeps, transmitMessage } from './transmit-message.ts';

export type SendEmailDeps = TransmitDeps;

export interface SendEmailInput extends PrepareInput {
  mailboxId: number;
}

export interface SendEmailResult {
  id: number;
  messageId: string;
  status: 'sent' | 'failed' | 'unknown' | 'sending' | 'queued';
  error: string | null;
  /** false: this step had been attempted before; nothing was sent now. */
  attempted: boolean;
}

export async function sendEmail(db: DB, deps: SendEmailDeps, input: SendEmailInput): Promise<SendEmailResult> {
  const mailbox = await loadMailbox(db, input.workspaceId, input.mailboxId);
  if (!mailbox) throw notFound(`Mailbox ${input.mailboxId}`);
  const started = deps.now();
  const message = await prepareOutgoing(db, deps, mailbox, input, started);
  const begun = await beginOutgoingMessage(db, message);
  if (!begun.created) {
    const e = begun.existing;
    return {
      id: Number(e.id),
      messageId: e.message_id,
      status: e.status as SendEmailResult['status'],
      error: e.error,
      attempted: false,
    };
  }
  const outcome = await transmitMessage(
    db,
    deps,
    mailbox,
    {
      id: begun.id,
      creator_id: message.creatorId,
      to_address: message.to,
      subject: message.subject,
      body_text: message.bodyText,
      message_id: message.messageId,
      in_reply_to: message.inReplyTo,
      references_header: message.references.length > 0 ? message.references.join(' ') : null,
    },
    started,
  );
  return {
    id: begun.id,
    messageId: message.messageId,
    status: outcome.status,
    error: outcome.status === 'sent' ? null : outcome.error,
    attempted: true,
  };
}
