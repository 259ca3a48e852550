// Where reading a mailbox's INBOX stopped: its UIDVALIDITY and the last UID stored. Saved after each
// message, so a restart re-reads nothing already stored and misses nothing after it.
import type { DB } from '../../connect.ts';

export interface ImapCursor {
  uidValidity: number | null;
  lastUid: number | null;
}

export interface WatchedMailbox extends ImapCursor {
  id: number;
  workspaceId: number;
  fromAddress: string;
  imapCiphertext: string | null;
  status: string;
}

export async function loadWatchedMailbox(db: DB, mailboxId: number): Promise<WatchedMailbox | null> {
  const row = await db
    .selectFrom('mailboxes')
    .select(['id', 'workspace_id', 'from_address', 'imap_ciphertext', 'status', 'imap_uid_validity', 'imap_last_uid'])
    .where('id', '=', mailboxId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: Number(row.id),
    workspaceId: Number(row.workspace_id),
    fromAddress: row.from_address,
    imapCiphertext: row.imap_ciphertext,
    status: row.status,
    uidValidity: row.imap_uid_validity === null ? null : Number(row.imap_uid_validity),
    lastUid: row.imap_last_uid === null ? null : Number(row.imap_last_uid),
  };
}

export async function saveImapCursor(db: DB, mailboxId: number, cursor: ImapCursor, now: string): Promise<void> {
  await db
    .updateTable('mailboxes')
    .set({ imap_uid_validity: cursor.uidValidity, imap_last_uid: cursor.lastUid, updated_at: now })
    .where('id', '=', mailboxId)
    .execute();
}

/** Mailboxes with an IMAP URL, whatever their sending status: replies keep arriving to a paused one. */
export async function listImapMailboxIds(db: DB): Promise<number[]> {
  const rows = await db
    .selectFrom('mailboxes')
    .select('id')
    .where('imap_ciphertext', 'is not', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => Number(r.id));
}
