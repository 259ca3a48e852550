// The IMAP URL of a watched mailbox, opened with the installation key under the label it was sealed with.
import { open } from '../../../core/crypto/secret-box.ts';
import { mailboxSecretLabel } from '../../../core/outreach/mailbox-secret-label.ts';
import type { WatchedMailbox } from '../../../storage/outreach/inbound/imap-cursor.ts';

export const unsealImapUrl =
  (key: Buffer) =>
  (m: WatchedMailbox): string => {
    if (!m.imapCiphertext) throw new Error(`Mailbox ${m.id} has no IMAP URL`);
    return open(key, m.imapCiphertext, mailboxSecretLabel(m.workspaceId, m.fromAddress, 'imap'));
  };
