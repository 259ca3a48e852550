// A workspace's mailboxes as people may see them: the address, limits and status, and where they log in
// as user@host:port only. The sealed URLs are opened here to say that; the passwords never leave.
import { open } from '../../core/crypto/secret-box.ts';
import { mailboxSecretLabel } from '../../core/outreach/mailbox-secret-label.ts';
import { describeMailUrl } from '../../connectors/mail/smtp-transport.ts';
import type { DB } from '../../storage/connect.ts';
import { listMailboxes, type MailboxRow } from '../../storage/outreach/load-mailbox.ts';

/** null: the secret cannot be opened with this installation's key (it was sealed with another). */
function describeSealed(key: Buffer, m: MailboxRow, sealed: string, kind: 'smtp' | 'imap'): string | null {
  try {
    return describeMailUrl(open(key, sealed, mailboxSecretLabel(m.workspace_id, m.from_address, kind)));
  } catch {
    return null;
  }
}

export function describeMailbox(key: Buffer, m: MailboxRow) {
  return {
    id: m.id,
    from_name: m.from_name,
    from_address: m.from_address,
    smtp: describeSealed(key, m, m.smtp_ciphertext, 'smtp'),
    imap: m.imap_ciphertext === null ? null : describeSealed(key, m, m.imap_ciphertext, 'imap'),
    daily_limit: Number(m.daily_limit),
    time_zone: m.time_zone,
    status: m.status,
    last_error: m.last_error,
  };
}

export async function describeMailboxes(db: DB, key: Buffer, workspaceId: number) {
  return (await listMailboxes(db, workspaceId)).map((m) => describeMailbox(key, m));
}
