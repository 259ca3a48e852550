// Adds (or updates) a workspace mailbox: checks the SMTP login first (a wrong app password is said in
// words now, not at the first send), then stores the SMTP / IMAP URLs sealed with the installation key.
import { AppError } from '../../core/app-error.ts';
import { seal } from '../../core/crypto/secret-box.ts';
import { MAILBOX_DEFAULTS } from '../../core/outreach/mailbox-defaults.ts';
import { mailboxSecretLabel } from '../../core/outreach/mailbox-secret-label.ts';
import { describeMailUrl } from '../../connectors/mail/smtp-transport.ts';
import { verifySmtpLogin } from '../../connectors/mail/smtp-verify.ts';
import type { DB } from '../../storage/connect.ts';
import { upsertMailbox } from '../../storage/outreach/insert-mailbox.ts';

export interface AddMailboxInput {
  workspaceId: number;
  /** "Name <addr>" or a bare address. */
  from: string;
  smtpUrl: string;
  imapUrl?: string | null;
  dailyLimit?: number;
  timeZone?: string;
}

export interface AddedMailbox {
  id: number;
  created: boolean;
  from_name: string | null;
  from_address: string;
  smtp: string;
  imap: string | null;
  daily_limit: number;
  time_zone: string;
}

const invalid = (field: string, message: string) =>
  new AppError('validation_failed', `Mailbox ${field}: ${message}`, [{ path: field, message }]);

export function parseFrom(from: string): { name: string | null; address: string } {
  const m = /^\s*(?:"?([^"<]*?)"?\s*<([^<>\s]+)>|([^<>\s]+))\s*$/.exec(from);
  const address = (m?.[2] ?? m?.[3] ?? '').toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address))
    throw invalid('from', `"${from}" is not "Name <address>" or an address`);
  const name = m?.[1]?.trim() || null;
  return { name, address };
}

function checkUrl(field: string, value: string, schemes: string[]): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(field, 'is not a URL');
  }
  if (!schemes.includes(url.protocol))
    throw invalid(field, `must start with ${schemes.map((s) => `${s}//`).join(' or ')}`);
  if (!url.username || !url.password) throw invalid(field, 'needs user:password@ (an app password)');
}

export async function addMailbox(db: DB, key: Buffer, input: AddMailboxInput, now: Date): Promise<AddedMailbox> {
  const from = parseFrom(input.from);
  checkUrl('smtp', input.smtpUrl, ['smtp:', 'smtps:']);
  if (input.imapUrl) checkUrl('imap', input.imapUrl, ['imap:', 'imaps:']);
  const dailyLimit = input.dailyLimit ?? MAILBOX_DEFAULTS.dailyLimit;
  if (!Number.isInteger(dailyLimit) || dailyLimit < 1 || dailyLimit > 2000)
    throw invalid('daily_limit', 'must be a whole number from 1 to 2000');
  const timeZone = input.timeZone ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw invalid('time_zone', `"${timeZone}" is not an IANA time zone`);
  }
  const failure = await verifySmtpLogin(input.smtpUrl);
  if (failure !== null)
    throw new AppError(
      'validation_failed',
      `Mailbox smtp: login to ${describeMailUrl(input.smtpUrl)} failed: ${failure}`,
      [{ path: 'smtp', message: failure }],
    );
  const at = now.toISOString();
  const saved = await upsertMailbox(db, {
    workspace_id: input.workspaceId,
    from_name: from.name,
    from_address: from.address,
    smtp_ciphertext: seal(key, input.smtpUrl, mailboxSecretLabel(input.workspaceId, from.address, 'smtp')),
    imap_ciphertext: input.imapUrl
      ? seal(key, input.imapUrl, mailboxSecretLabel(input.workspaceId, from.address, 'imap'))
      : null,
    daily_limit: dailyLimit,
    warmup_start: Math.min(MAILBOX_DEFAULTS.warmupStart, dailyLimit),
    warmup_step: MAILBOX_DEFAULTS.warmupStep,
    min_spacing_seconds: MAILBOX_DEFAULTS.minSpacingSeconds,
    jitter_percent: MAILBOX_DEFAULTS.jitterPercent,
    send_from_hour: MAILBOX_DEFAULTS.sendFromHour,
    send_until_hour: MAILBOX_DEFAULTS.sendUntilHour,
    send_days: JSON.stringify(MAILBOX_DEFAULTS.sendDays),
    time_zone: timeZone,
    status: 'active',
    last_error: null,
    first_send_on: null,
    imap_uid_validity: null,
    imap_last_uid: null,
    created_at: at,
    updated_at: at,
  });
  return {
    id: saved.id,
    created: saved.created,
    from_name: from.name,
    from_address: from.address,
    smtp: describeMailUrl(input.smtpUrl),
    imap: input.imapUrl ? describeMailUrl(input.imapUrl) : null,
    daily_limit: dailyLimit,
    time_zone: timeZone,
  };
}
