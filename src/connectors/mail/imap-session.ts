// One IMAP session on a mailbox's INBOX (imapflow): the UIDs after a cursor, each message's raw source,
// and a wait for new mail that uses IDLE when the server offers it (RFC 2177) and otherwise returns at
// once, so the caller polls. The URL is imap:// (plain, or STARTTLS when offered) or imaps:// (TLS).
import { ImapFlow } from 'imapflow';

export interface FetchedMessage {
  uid: number;
  raw: Buffer;
  /** When the server received it (INTERNALDATE), ISO UTC. */
  receivedAt: string | null;
}

export interface ImapSession {
  supportsIdle: boolean;
  uidValidity: number;
  /** UIDs after `afterUid`, oldest first (the range `n:*` also names the last message when none is newer). */
  newUids(afterUid: number): Promise<number[]>;
  fetch(uid: number): Promise<FetchedMessage | null>;
  /** With IDLE: resolves true as soon as the server announces new mail, false after `ms`. Without: false at once. */
  waitForMail(ms: number): Promise<boolean>;
  close(): Promise<void>;
}

export function imapOptions(url: string): ConstructorParameters<typeof ImapFlow>[0] {
  const u = new URL(url);
  if (u.protocol !== 'imap:' && u.protocol !== 'imaps:')
    throw new Error(`Not an imap:// or imaps:// URL: ${u.protocol}`);
  const secure = u.protocol === 'imaps:';
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 993 : 143,
    secure,
    auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
    logger: false,
  };
}

export async function openImapSession(url: string): Promise<ImapSession> {
  const client = new ImapFlow(imapOptions(url));
  await client.connect();
  const mailbox = await client.mailboxOpen('INBOX');
  const supportsIdle = client.capabilities.has('IDLE');
  let arrived = false;
  let wake: (() => void) | null = null;
  client.on('exists', () => {
    arrived = true;
    wake?.();
  });
  return {
    supportsIdle,
    uidValidity: Number(mailbox.uidValidity),
    async newUids(afterUid) {
      arrived = false;
      const uids = await client.search({ uid: `${afterUid + 1}:*` }, { uid: true });
      return (uids || []).filter((uid) => uid > afterUid).sort((a, b) => a - b);
    },
    async fetch(uid) {
      const m = await client.fetchOne(String(uid), { uid: true, source: true, internalDate: true }, { uid: true });
      if (m === false || !m.source) return null;
      const date = m.internalDate instanceof Date ? m.internalDate : m.internalDate ? new Date(m.internalDate) : null;
      return {
        uid: m.uid,
        raw: m.source,
        receivedAt: date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
      };
    },
    async waitForMail(ms) {
      if (!supportsIdle) return false;
      if (arrived) return true;
      let timer: NodeJS.Timeout | undefined;
      const heard = new Promise<boolean>((resolve) => {
        wake = () => resolve(true);
        timer = setTimeout(() => resolve(false), ms);
      });
      // IDLE until the server announces new mail (an EXISTS update) or the time is up; any next command
      // (NOOP here) ends the IDLE.
      const idling = client.idle().catch(() => undefined);
      const result = await heard;
      clearTimeout(timer);
      wake = null;
      await client.noop();
      await idling;
      return result;
    },
    async close() {
      await client.logout().catch(() => client.close());
    },
  };
}
