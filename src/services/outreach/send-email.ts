// Sends ONE email through a workspace mailbox over SMTP and records it in outreach_messages: the row is
// written `sending` before the first byte goes out, then `sent`, `failed` or `unknown` (connection lost
// after the data started: maybe delivered, never re-sent blindly). Used for sequence steps and for
// replies written in the app. A step already attempted is not sent again: its row is returned as is.
import { randomBytes } from 'node:crypto';
import { notFound } from '../../core/app-error.ts';
import { open } from '../../core/crypto/secret-box.ts';
import { mailboxSecretLabel } from '../../core/outreach/mailbox-secret-label.ts';
import { newMessageId, parseReferences, threadHeaders } from '../../core/outreach/thread-headers.ts';
import { unsubscribeUrl, withUnsubscribeFooter } from '../../core/outreach/unsubscribe-footer.ts';
import { signUnsubscribeToken } from '../../core/outreach/unsubscribe-token.ts';
import { sendSmtp } from '../../connectors/mail/smtp-send.ts';
import { type SmtpTransport, smtpTransport } from '../../connectors/mail/smtp-transport.ts';
import type { DB } from '../../storage/connect.ts';
import { loadMailbox } from '../../storage/outreach/load-mailbox.ts';
import {
  beginOutgoingMessage,
  findMessageByMessageId,
  settleOutgoingMessage,
} from '../../storage/outreach/outgoing-messages.ts';

export interface SendEmailDeps {
  /** The installation key: opens the mailbox secret and signs the unsubscribe link. */
  secretKey: Buffer;
  /** Where /u/TOKEN is reached (MICROREACH_PUBLIC_ORIGIN). */
  publicOrigin: string;
  now: () => Date;
  /** Tests and the job runner may share transports; default: one per call, closed after it. */
  transport?: (smtpUrl: string) => SmtpTransport;
  randomId?: () => string;
}

export interface SendEmailInput {
  workspaceId: number;
  mailboxId: number;
  creatorId: number;
  to: string;
  subject: string;
  /** Plain text; the unsubscribe footer is added here. */
  body: string;
  kind: 'step' | 'manual' | 'reply';
  enrollmentId?: number | null;
  stepPosition?: number | null;
  /** Message-ID (without brackets) of the email this one answers or follows: threads it under that one. */
  inReplyTo?: string | null;
  jobId?: number | null;
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
  const smtpUrl = open(
    deps.secretKey,
    mailbox.smtp_ciphertext,
    mailboxSecretLabel(mailbox.workspace_id, mailbox.from_address, 'smtp'),
  );
  const messageId = newMessageId(mailbox.from_address, deps.randomId?.() ?? randomBytes(16).toString('hex'));
  const parentRow = input.inReplyTo ? await findMessageByMessageId(db, input.workspaceId, input.inReplyTo) : undefined;
  const parent = input.inReplyTo
    ? parentRow
      ? {
          messageId: parentRow.message_id,
          references: parseReferences(parentRow.references_header),
          threadRoot: parentRow.thread_root,
        }
      : { messageId: input.inReplyTo, references: [], threadRoot: input.inReplyTo }
    : null;
  const thread = threadHeaders(messageId, parent);
  const link = unsubscribeUrl(
    deps.publicOrigin,
    signUnsubscribeToken(deps.secretKey, {
      workspaceId: input.workspaceId,
      creatorId: input.creatorId,
      email: input.to,
    }),
  );
  const text = withUnsubscribeFooter(input.body, link);
  const started = deps.now();
  const begun = await beginOutgoingMessage(db, {
    workspaceId: input.workspaceId,
    creatorId: input.creatorId,
    mailboxId: mailbox.id,
    enrollmentId: input.enrollmentId ?? null,
    stepPosition: input.stepPosition ?? null,
    kind: input.kind,
    messageId,
    inReplyTo: thread.inReplyTo,
    references: thread.references,
    threadRoot: thread.threadRoot,
    from: mailbox.from_address,
    to: input.to,
    subject: input.subject,
    bodyText: text,
    jobId: input.jobId ?? null,
    now: started.toISOString(),
  });
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
  const transport = deps.transport ? deps.transport(smtpUrl) : smtpTransport(smtpUrl);
  try {
    const outcome = await sendSmtp(transport, {
      from: { name: mailbox.from_name, address: mailbox.from_address },
      to: input.to,
      subject: input.subject,
      text,
      messageId,
      date: started,
      inReplyTo: thread.inReplyTo,
      references: thread.references,
      unsubscribeUrl: link,
    });
    const error = outcome.status === 'sent' ? null : outcome.error;
    await settleOutgoingMessage(db, begun.id, { status: outcome.status, error, at: deps.now().toISOString() });
    return { id: begun.id, messageId, status: outcome.status, error, attempted: true };
  } finally {
    if (!deps.transport) transport.close();
  }
}
