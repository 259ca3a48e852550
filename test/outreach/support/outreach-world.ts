// Builds an outreach world for tests: a workspace, creators with email addresses in the workspace layer
// (each a real IMAP mailbox on the test mail servers), and the brand's mailbox added through the real
// service (SMTP login verified). Extend a test by asking for more creators or by delivering replies and
// bounces with `mail.deliver`.
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { type MailServers, startMailServers } from '../../support/mail-server.ts';
import { addMailbox } from '../../../src/services/outreach/add-mailbox.ts';
import type { DB } from '../../../src/storage/connect.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';

export const BRAND = 'hello@glowshop.test';
export const BRAND_PASSWORD = 'brand-app-pass';
export const SECRET_KEY = Buffer.alloc(32, 42);
export const PUBLIC_ORIGIN = 'https://mr.glowshop.test';

export interface WorldCreator {
  id: number;
  handle: string;
  email: string;
  name: string;
}

/** Mail servers with the brand and `count` creators (creator1@creators.test …). One per test file. */
export function startWorldMail(count: number): Promise<MailServers> {
  return startMailServers([
    { address: BRAND, password: BRAND_PASSWORD },
    ...creatorAddresses(count).map((address) => ({ address, password: `pw-${address}` })),
  ]);
}

export const creatorAddresses = (count: number) =>
  Array.from({ length: count }, (_, i) => `creator${i + 1}@creators.test`);

export interface World {
  workspaceId: number;
  mailboxId: number;
  creators: WorldCreator[];
}

export async function buildWorld(
  db: DB,
  mail: MailServers,
  o: {
    count: number;
    slug?: string;
    dailyLimit?: number;
    timeZone?: string;
    withoutEmail?: number[];
    /** Another SMTP port for the mailbox (a proxy in front of the test server). */
    smtpPort?: number;
  },
): Promise<World> {
  const workspace = await ensureWorkspace(db, o.slug ?? 'glow', { name: 'Glow Shop' });
  const workspaceId = Number(workspace.id);
  const addresses = creatorAddresses(o.count);
  const records = addresses.map((email, i) =>
    creatorRecord(
      { displayName: `Mia Number${i + 1}`, ...(o.withoutEmail?.includes(i) ? {} : { email }) },
      { handle: `${(o.slug ?? 'glow').replace(/-/g, '_')}_creator_${i + 1}` },
    ),
  );
  const ids = await storeCreators(db, workspaceId, records);
  const mailbox = await addMailbox(
    db,
    SECRET_KEY,
    {
      workspaceId,
      from: `Glow Shop <${BRAND}>`,
      smtpUrl: o.smtpPort ? mail.smtpUrl(BRAND).replace(`:${mail.smtpPort}`, `:${o.smtpPort}`) : mail.smtpUrl(BRAND),
      imapUrl: mail.imapUrl(BRAND),
      dailyLimit: o.dailyLimit,
      timeZone: o.timeZone ?? 'UTC',
    },
    new Date('2026-12-01T08:00:00Z'),
  );
  return {
    workspaceId,
    mailboxId: mailbox.id,
    creators: ids.map((id, i) => ({
      id,
      handle: `${(o.slug ?? 'glow').replace(/-/g, '_')}_creator_${i + 1}`,
      email: addresses[i] as string,
      name: `Mia Number${i + 1}`,
    })),
  };
}

/** The value of a header in a raw message (unfolded), or undefined. */
export function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}
