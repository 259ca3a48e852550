// Reads what arrived in one mailbox's INBOX since the saved cursor, stores and acts on each message, and
// (when the server offers IDLE) keeps listening up to `listenMs` for more. The cursor is saved after each
// message, so a crash re-reads at most the one message it was on, and that one is idempotent by
// Message-ID. A changed UIDVALIDITY means the server renumbered the folder: everything is read again,
// and the Message-ID key keeps what was stored from being stored twice.
import type { ImapSession } from '../../../connectors/mail/imap-session.ts';
import type { DB } from '../../../storage/connect.ts';
import {
  loadWatchedMailbox,
  saveImapCursor,
  type WatchedMailbox,
} from '../../../storage/outreach/inbound/imap-cursor.ts';
import type { InboundDeps } from './inbound-deps.ts';
import { type IngestResult, ingestInboundMail } from './ingest-inbound-mail.ts';

export interface WatchDeps extends InboundDeps {
  openSession(url: string): Promise<ImapSession>;
  /** The mailbox's IMAP URL with its app password (unsealed by the caller, who holds the key). */
  imapUrl(mailbox: WatchedMailbox): string;
  clock(): Date;
}

export interface WatchResult {
  mailboxId: number;
  mode: 'idle' | 'poll' | 'not_watched';
  read: number;
  results: IngestResult[];
}

export async function watchMailbox(db: DB, deps: WatchDeps, mailboxId: number, listenMs = 0): Promise<WatchResult> {
  const mailbox = await loadWatchedMailbox(db, mailboxId);
  if (!mailbox?.imapCiphertext) return { mailboxId, mode: 'not_watched', read: 0, results: [] };
  const session = await deps.openSession(deps.imapUrl(mailbox));
  const results: IngestResult[] = [];
  try {
    let lastUid = mailbox.uidValidity === session.uidValidity ? (mailbox.lastUid ?? 0) : 0;
    if (mailbox.uidValidity !== session.uidValidity)
      await saveImapCursor(
        db,
        mailbox.id,
        { uidValidity: session.uidValidity, lastUid: 0 },
        deps.clock().toISOString(),
      );
    // Listening is measured on the wall clock: the injected clock may stand still in a test.
    const until = Date.now() + listenMs;
    for (;;) {
      for (const uid of await session.newUids(lastUid)) {
        const message = await session.fetch(uid);
        if (message) {
          const now = deps.clock().toISOString();
          results.push(
            await ingestInboundMail(db, deps, {
              workspaceId: mailbox.workspaceId,
              mailboxId: mailbox.id,
              mailboxAddress: mailbox.fromAddress,
              raw: message.raw,
              receivedAt: message.receivedAt,
              now,
            }),
          );
        }
        lastUid = uid;
        await saveImapCursor(db, mailbox.id, { uidValidity: session.uidValidity, lastUid }, deps.clock().toISOString());
      }
      const left = until - Date.now();
      if (left <= 0 || !(await session.waitForMail(left))) break;
    }
    return { mailboxId, mode: session.supportsIdle ? 'idle' : 'poll', read: results.length, results };
  } finally {
    await session.close();
  }
}
