// One nodemailer SMTP transport per mailbox URL (smtp://user:pass@host:port or smtps://…), with bounded
// waits: a mail server that stops answering must not hold a send job past its lease.
import nodemailer, { type Transporter } from 'nodemailer';

export type SmtpTransport = Transporter;

export function smtpTransport(smtpUrl: string): SmtpTransport {
  const url = new URL(smtpUrl);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new Error(`expected an smtp:// or smtps:// URL, got ${url.protocol}//`);
  return nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
}

/** user@host:port of an smtp:// or imap:// URL: what the app shows of a mailbox secret (never the password). */
export function describeMailUrl(mailUrl: string): string {
  const url = new URL(mailUrl);
  return `${decodeURIComponent(url.username)}@${url.hostname}${url.port ? `:${url.port}` : ''}`;
}
