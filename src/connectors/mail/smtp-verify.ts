// Checks that a mailbox's SMTP URL logs in (nodemailer verify: connect, EHLO, AUTH), so a wrong app
// password is found when the mailbox is added, not when the first sequence step fails.
import { smtpTransport } from './smtp-transport.ts';

/** null when the login works; otherwise the reason in words. */
export async function verifySmtpLogin(smtpUrl: string): Promise<string | null> {
  let transport: ReturnType<typeof smtpTransport>;
  try {
    transport = smtpTransport(smtpUrl);
  } catch (error) {
    return (error as Error).message;
  }
  try {
    await transport.verify();
    return null;
  } catch (error) {
    const e = error as Error & { code?: string };
    if (e.code === 'EAUTH') return `the server refused the user name or password (${e.message})`;
    if (e.code === 'ECONNECTION' || e.code === 'ETIMEDOUT' || e.code === 'ESOCKET')
      return `could not reach the SMTP server (${e.message})`;
    return e.message;
  } finally {
    transport.close();
  }
}
