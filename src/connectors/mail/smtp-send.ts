// Sends one prepared email over SMTP and says what is known afterwards. A refusal by the server (a reply
// code) or a failure before any data went out is `failed`: nothing was delivered. A connection lost
// after the message data started is `unknown`: the server may have accepted it, so it is never retried
// blindly (a creator must not get the same email twice).
import type { SmtpTransport } from './smtp-transport.ts';

export interface OutgoingEmail {
  from: { name: string | null; address: string };
  to: string;
  subject: string;
  text: string;
  /** Without angle brackets. */
  messageId: string;
  date: Date;
  inReplyTo: string | null;
  /** Oldest first, without angle brackets. */
  references: string[];
  /** null: not mail to a creator (a reminder to a colleague), so no unsubscribe headers. */
  unsubscribeUrl: string | null;
}

export type SmtpOutcome =
  | { status: 'sent'; response: string }
  | { status: 'failed'; error: string }
  | { status: 'unknown'; error: string };

// nodemailer error codes raised before the DATA command finished sending anything.
const BEFORE_DATA = new Set(['EAUTH', 'ECONNECTION', 'EDNS', 'ETLS', 'EENVELOPE', 'EMESSAGE', 'EPROTOCOL']);

export async function sendSmtp(transport: SmtpTransport, email: OutgoingEmail): Promise<SmtpOutcome> {
  try {
    const info = await transport.sendMail({
      from: email.from.name ? { name: email.from.name, address: email.from.address } : email.from.address,
      to: email.to,
      subject: email.subject,
      text: email.text,
      messageId: `<${email.messageId}>`,
      date: email.date,
      inReplyTo: email.inReplyTo ? `<${email.inReplyTo}>` : undefined,
      references: email.references.length > 0 ? email.references.map((id) => `<${id}>`) : undefined,
      headers:
        email.unsubscribeUrl === null
          ? {}
          : {
              // RFC 8058: mail clients show an unsubscribe button that POSTs to the URL without opening it.
              'List-Unsubscribe': `<${email.unsubscribeUrl}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            },
    });
    return { status: 'sent', response: String(info.response ?? '') };
  } catch (error) {
    const e = error as Error & { code?: string; responseCode?: number; command?: string };
    const message = e.message || String(error);
    if (typeof e.responseCode === 'number' || (e.code !== undefined && BEFORE_DATA.has(e.code)))
      return { status: 'failed', error: message };
    return { status: 'unknown', error: message };
  }
}
