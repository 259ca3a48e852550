// Sends a stored outgoing message that is `sending` and records the outcome: sent, failed (nothing was
// delivered) or unknown (the connection broke after the data started). Exactly the stored headers and
// text go out.
import { open } from '../../core/crypto/secret-box.ts';
import { mailboxSecretLabel } from '../../core/outreach/mailbox-secret-label.ts';
import { parseReferences } from '../../core/outreach/thread-headers.ts';
import { sendSmtp, type SmtpOutcome } from '../../connectors/mail/smtp-send.ts';
import { type SmtpTransport, smtpTransport } from '../../connectors/mail/smtp-transport.ts';
import type { DB } from '../../storage/connect.ts';
import type { MailboxRow } from '../../storage/outreach/load-mailbox.ts';
import { type MessageRow, settleOutgoingMessage } from '../../storage/outreach/outgoing-messages.ts';
import { type PrepareDeps, unsubscribeLink } from './prepare-outgoing.ts';

export interface TransmitDeps extends PrepareDeps {
  now: () => Date;
  /** A shared transport (tests, a run of many sends); default: one per send, closed after it. */
  transport?: (smtpUrl: string) => SmtpTransport;
}

export async function transmitMessage(
  db: DB,
  deps: TransmitDeps,
  mailbox: MailboxRow,
  row: Pick<
    MessageRow,
    'id' | 'creator_id' | 'to_address' | 'subject' | 'body_text' | 'message_id' | 'in_reply_to' | 'references_header'
  >,
  date: Date,
): Promise<SmtpOutcome> {
  const smtpUrl = open(
    deps.secretKey,
    mailbox.smtp_ciphertext,
    mailboxSecretLabel(mailbox.workspace_id, mailbox.from_address, 'smtp'),
  );
  const transport = deps.transport ? deps.transport(smtpUrl) : smtpTransport(smtpUrl);
  try {
    const outcome = await sendSmtp(transport, {
      from: { name: mailbox.from_name, address: mailbox.from_address },
      to: row.to_address,
      subject: row.subject,
      text: row.body_text,
      messageId: row.message_id,
      date,
      inReplyTo: row.in_reply_to,
      references: parseReferences(row.references_header),
      unsubscribeUrl:
        row.creator_id === null
          ? null
          : unsubscribeLink(deps, mailbox.workspace_id, Number(row.creator_id), row.to_address),
    });
    await settleOutgoingMessage(db, Number(row.id), {
      status: outcome.status,
      error: outcome.status === 'sent' ? null : outcome.error,
      at: deps.now().toISOString(),
    });
    return outcome;
  } finally {
    if (!deps.transport) transport.close();
  }
}
