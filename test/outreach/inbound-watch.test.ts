import { readFileSync } from 'node:fs';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openImapSession } from '../../src/connectors/mail/imap-session.ts';
import type { InboundDeps, StopReason } from '../../src/services/outreach/inbound/inbound-deps.ts';
import { ensureMailboxWatches, watchMailboxJob } from '../../src/services/outreach/inbound/watch-mailbox-job.ts';
import { watchMailbox } from '../../src/services/outreach/inbound/watch-mailbox.ts';
import { stopEnrollments } from '../../src/services/outreach/stop-enrollments.ts';
import { buildTimeline } from '../../src/services/relationships/build-timeline.ts';
import { runDueJobs } from '../../src/services/jobs/run-due-jobs.ts';
import { isOptedOut } from '../../src/storage/relationships/opt-outs.ts';
import { type MailServers, startMailServers } from '../support/mail-server.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../support/test-db.ts';
import { type InboundWorld, makeInboundWorld, unsealImap } from './inbound-world.ts';

const BRAND = 'ana@shop.test';
const OTHER_BRAND = 'team@other.test';
const CREATORS = [
  'mia@creators.test',
  'lukas@creators.test',
  'zoe@creators.test',
  'kai@creators.test',
  'noor@creators.test',
];
const NOW = '2026-12-01T10:00:00.000Z';

describe.each(testDialects)('watching a mailbox over IMAP (%s)', (dialect) => {
  let mail: MailServers;
  let t: TestDatabase;
  let world: InboundWorld;
  const stops: { creatorId: number; reason: StopReason }[] = [];
  // The real stopEnrollments (outreach-send's), with each call noted.
  const inbound: InboundDeps = {
    async stopEnrollments(db, o) {
      stops.push({ creatorId: o.creatorId, reason: o.reason });
      return stopEnrollments(db, o);
    },
  };
  const deps = { ...inbound, openSession: openImapSession, imapUrl: unsealImap, clock: () => new Date(NOW) };
  const creator = (i: number) => world.creators[i] as InboundWorld['creators'][number];
  const send = (from: string, message: SendMailOptions) =>
    nodemailer.createTransport(mail.smtpUrl(from)).sendMail({ from, to: BRAND, ...message });

  beforeAll(async () => {
    mail = await startMailServers(
      [BRAND, OTHER_BRAND, ...CREATORS].map((address) => ({ address, password: `pw-${address}` })),
    );
    t = await openTestDatabase(dialect);
    world = await makeInboundWorld(t.db, {
      slug: 'lumen',
      brand: BRAND,
      imapUrl: mail.imapUrl(BRAND),
      creatorEmails: CREATORS,
      now: NOW,
    });
  });
  afterAll(async () => {
    await t?.close();
    await mail?.stop();
  });

  it('reads replies, a bounce, an auto-reply and an opt-out, and acts on each', async () => {
    // 0: a reply threaded by In-Reply-To, as a mail client writes it.
    await send(CREATORS[0] as string, {
      subject: 'Re: A collab with Lumen?',
      text: 'Yes please! What do you need?\n\nOn Mon, Ana wrote:\n> Hi! Would you like to try our serum?',
      inReplyTo: `<${creator(0).stepMessageId}>`,
      references: [`<${creator(0).stepMessageId}>`],
    });
    // 1: a reply with no threading headers (a new email): matched by her address.
    await send(CREATORS[1] as string, { subject: 'Your serum', text: 'Hello, I saw your email, tell me more.' });
    // 2: a hard bounce, delivered by the MTA (a real Postfix DSN with her address and our Message-ID in it).
    const dsn = readFileSync(new URL('../fixtures/mail/lhost-postfix-01.eml', import.meta.url), 'utf8')
      .replaceAll('kijitora@example.org', CREATORS[2] as string)
      .replace(/^(Content-Type: message\/rfc822\s*\n\s*\n)/m, `$1Message-ID: <${creator(2).stepMessageId}>\n`);
    await mail.deliver(dsn, { from: '', to: [BRAND] });
    // 3: out of office (RFC 3834): stored, but she stays in her sequence.
    await send(CREATORS[3] as string, {
      subject: 'Automatic reply: A collab with Lumen?',
      text: 'I am away until Monday.',
      inReplyTo: `<${creator(3).stepMessageId}>`,
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    // 4: an opt-out by reply.
    await send(CREATORS[4] as string, {
      subject: 'Re: A collab with Lumen?',
      text: 'Unsubscribe\n\n> Hi! Would you like to try our serum?',
      inReplyTo: `<${creator(4).stepMessageId}>`,
    });

    const result = await watchMailbox(t.db, deps, world.mailboxId);
    expect(result.mode).toBe('idle');
    expect(result.results.map((r) => [r.classification.kind, r.creatorId, r.matchedBy])).toEqual([
      ['reply', creator(0).id, 'thread'],
      ['reply', creator(1).id, 'address'],
      ['bounce', creator(2).id, 'thread'],
      ['auto_reply', creator(3).id, 'thread'],
      ['opt_out', creator(4).id, 'thread'],
    ]);
    expect(stops).toEqual([
      { creatorId: creator(0).id, reason: 'replied' },
      { creatorId: creator(1).id, reason: 'replied' },
      { creatorId: creator(2).id, reason: 'bounced' },
      { creatorId: creator(4).id, reason: 'opted_out' },
    ]);
    const enrollments = await t.db
      .selectFrom('sequence_enrollments')
      .select('status')
      .where('workspace_id', '=', world.workspaceId)
      .orderBy('id')
      .execute();
    expect(enrollments.map((e) => e.status)).toEqual(['replied', 'replied', 'bounced', 'active', 'opted_out']);
    const stages = await t.db
      .selectFrom('relationships')
      .select(['creator_id', 'stage'])
      .where('workspace_id', '=', world.workspaceId)
      .execute();
    // Replies move her to `replied`; leaving a sequence for a bounce or an opt-out keeps her stage.
    expect(Object.fromEntries(stages.map((s) => [Number(s.creator_id), s.stage]))).toEqual({
      [creator(0).id]: 'replied',
      [creator(1).id]: 'replied',
      [creator(2).id]: 'prospect',
      [creator(4).id]: 'prospect',
    });
    // Her timeline shows the email sent, her reply, the sequence she left and the stage it moved her to.
    const rel = await t.db
      .selectFrom('relationships')
      .select('id')
      .where('creator_id', '=', creator(0).id)
      .executeTakeFirstOrThrow();
    const timeline = await buildTimeline(t.db, world.workspaceId, Number(rel.id), creator(0).id);
    expect(timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['email_sent', 'email_received', 'sequence_left', 'stage_changed']),
    );
    expect(timeline.find((e) => e.kind === 'email_received')?.details).toMatchObject({
      email_kind: 'reply',
      thread: creator(0).stepMessageId,
    });
    // The bounced address is refused from now on (not the creator's other addresses); the opt-out holds for her.
    expect(await isOptedOut(t.db, world.workspaceId, null, CREATORS[2])).toBe(true);
    expect(await isOptedOut(t.db, world.workspaceId, creator(2).id, null)).toBe(false);
    expect(await isOptedOut(t.db, world.workspaceId, creator(4).id, null)).toBe(true);
    const stored = await t.db
      .selectFrom('outreach_messages')
      .select(['kind', 'thread_root', 'direction'])
      .where('direction', '=', 'in')
      .orderBy('id')
      .execute();
    expect(stored.map((s) => s.kind)).toEqual(['reply', 'reply', 'bounce', 'auto_reply', 'reply']);
    expect(stored[0]?.thread_root).toBe(creator(0).stepMessageId);
  });

  it('reads nothing twice: the cursor skips what was read, and a UIDVALIDITY change re-reads without duplicates', async () => {
    const again = await watchMailbox(t.db, deps, world.mailboxId);
    expect(again.read).toBe(0);
    await t.db.updateTable('mailboxes').set({ imap_uid_validity: 1 }).where('id', '=', world.mailboxId).execute();
    const reread = await watchMailbox(t.db, deps, world.mailboxId);
    expect(reread.read).toBe(5);
    expect(reread.results.every((r) => !r.created)).toBe(true);
    expect(stops).toHaveLength(4);
    const count = await t.db
      .selectFrom('outreach_messages')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('direction', '=', 'in')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(5);
  });

  it('hears new mail while it listens with IDLE', async () => {
    const watching = watchMailbox(t.db, deps, world.mailboxId, 4_000);
    await new Promise((r) => setTimeout(r, 500));
    const sentAt = Date.now();
    await send(CREATORS[3] as string, {
      subject: 'Re: A collab with Lumen?',
      text: 'Back now, count me in!',
      inReplyTo: `<${creator(3).stepMessageId}>`,
    });
    const result = await watching;
    expect(result.results.map((r) => r.classification.kind)).toEqual(['reply']);
    expect(Date.now() - sentAt).toBeGreaterThan(2_000); // it kept listening, rather than returning after a poll
    expect(stops.at(-1)).toEqual({ creatorId: creator(3).id, reason: 'replied' });
  });

  it('never matches a reply to another workspace’s thread', async () => {
    const other = await makeInboundWorld(t.db, {
      slug: 'other',
      brand: OTHER_BRAND,
      imapUrl: mail.imapUrl(OTHER_BRAND),
      creatorEmails: [],
      now: NOW,
    });
    await nodemailer.createTransport(mail.smtpUrl(CREATORS[0] as string)).sendMail({
      from: CREATORS[0],
      to: OTHER_BRAND,
      subject: 'Re: A collab with Lumen?',
      text: 'Sent to the wrong brand',
      inReplyTo: `<${creator(0).stepMessageId}>`,
    });
    const before = stops.length;
    const result = await watchMailbox(t.db, deps, other.mailboxId);
    expect(result.results.map((r) => [r.classification.kind, r.creatorId, r.matchedBy])).toEqual([
      ['reply', null, null],
    ]);
    expect(stops).toHaveLength(before);
  });

  it('runs as one durable job chain per mailbox: started once, then each run queues the next', async () => {
    expect(await ensureMailboxWatches(t.db, new Date(NOW))).toBe(2); // lumen and other
    expect(await ensureMailboxWatches(t.db, new Date(NOW))).toBe(0);
    const handler = watchMailboxJob(deps, { listenMs: 0 });
    const summary = await runDueJobs(t.db, [handler], { now: new Date(NOW) });
    expect(summary).toMatchObject({ claimed: 2, done: 2 });
    const jobs = await t.db.selectFrom('jobs').select(['idempotency_key', 'status']).orderBy('id').execute();
    expect(jobs.map((j) => j.status)).toEqual(['done', 'done', 'queued', 'queued']);
    expect(await ensureMailboxWatches(t.db, new Date(NOW))).toBe(0);
  });
});
