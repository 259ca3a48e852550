// sendEmail through real SMTP into the recipient's IMAP inbox: the headers a mail client threads and
// unsubscribes by, the record in outreach_messages, and a step that is never sent twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyUnsubscribeToken } from '../../src/core/outreach/unsubscribe-token.ts';
import { addMailbox } from '../../src/services/outreach/add-mailbox.ts';
import { sendEmail } from '../../src/services/outreach/send-email.ts';
import type { MailServers } from '../support/mail-server.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../support/test-db.ts';
import {
  BRAND,
  buildWorld,
  header,
  PUBLIC_ORIGIN,
  SECRET_KEY,
  startWorldMail,
  type World,
} from './support/outreach-world.ts';

let mail: MailServers;
beforeAll(async () => {
  mail = await startWorldMail(4);
});
afterAll(async () => mail?.stop());

describe.each(testDialects)('sendEmail on %s', (dialect) => {
  let t: TestDatabase;
  let world: World;
  let clock = new Date('2026-12-07T10:00:00Z');
  const deps = () => ({ secretKey: SECRET_KEY, publicOrigin: PUBLIC_ORIGIN, now: () => clock });
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    world = await buildWorld(t.db, mail, { count: 4, slug: `send-${dialect}` });
  });
  afterAll(async () => t?.close());

  it('sends a step and a follow-up as one thread, with RFC 8058 unsubscribe headers', async () => {
    const mia = world.creators[dialect === 'sqlite' ? 0 : 1]!;
    const before = (await mail.inbox(mia.email)).length;
    const enrollment = await t.db
      .insertInto('sequences')
      .values({
        workspace_id: world.workspaceId,
        name: 'Intro',
        campaign_id: null,
        status: 'active',
        created_at: clock.toISOString(),
        updated_at: clock.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((s) =>
        t.db
          .insertInto('sequence_enrollments')
          .values({
            workspace_id: world.workspaceId,
            sequence_id: Number(s.id),
            creator_id: mia.id,
            account_id: null,
            email: mia.email,
            mailbox_id: world.mailboxId,
            status: 'active',
            next_position: 1,
            next_due_at: clock.toISOString(),
            stage_at_enrollment: null,
            stop_reason: null,
            enrolled_at: clock.toISOString(),
            updated_at: clock.toISOString(),
          })
          .returning('id')
          .executeTakeFirstOrThrow(),
      );
    const base = {
      workspaceId: world.workspaceId,
      mailboxId: world.mailboxId,
      creatorId: mia.id,
      to: mia.email,
      kind: 'step' as const,
      enrollmentId: Number(enrollment.id),
    };
    const first = await sendEmail(t.db, deps(), {
      ...base,
      subject: 'Hello Mia',
      body: 'Hi Mia,\nlove your work.',
      stepPosition: 1,
    });
    expect(first).toMatchObject({ status: 'sent', attempted: true });
    expect(first.messageId).toMatch(/^[0-9a-f]{32}@glowshop\.test$/);
    clock = new Date('2026-12-10T10:00:00Z');
    const second = await sendEmail(t.db, deps(), {
      ...base,
      subject: 'Re: Hello Mia',
      body: 'Just checking in.',
      stepPosition: 2,
      inReplyTo: first.messageId,
    });
    expect(second.status).toBe('sent');

    const inbox = (await mail.inbox(mia.email)).slice(before);
    expect(inbox).toHaveLength(2);
    const [a, b] = inbox as [string, string];
    expect(header(a, 'Message-ID')).toBe(`<${first.messageId}>`);
    expect(header(a, 'From')).toBe(`Glow Shop <${BRAND}>`);
    expect(header(a, 'Date')).toMatch(/Dec 2026 10:00:00 \+0000/);
    expect(header(a, 'In-Reply-To')).toBeUndefined();
    expect(header(b, 'In-Reply-To')).toBe(`<${first.messageId}>`);
    expect(header(b, 'References')).toBe(`<${first.messageId}>`);
    expect(header(a, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const url = /^<(https:\/\/mr\.glowshop\.test\/u\/([^>]+))>$/.exec(header(a, 'List-Unsubscribe') ?? '');
    expect(url).not.toBeNull();
    expect(verifyUnsubscribeToken(SECRET_KEY, url![2]!)).toEqual({
      workspaceId: world.workspaceId,
      creatorId: mia.id,
      email: mia.email,
    });
    expect(a).toContain(url![1]!);

    const rows = await t.db
      .selectFrom('outreach_messages')
      .selectAll()
      .where('creator_id', '=', mia.id)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.status, r.step_position, r.thread_root, r.in_reply_to])).toEqual([
      ['sent', 1, first.messageId, null],
      ['sent', 2, first.messageId, first.messageId],
    ]);

    // The same step again: found, not sent.
    const again = await sendEmail(t.db, deps(), { ...base, subject: 'Hello Mia', body: 'Hi', stepPosition: 1 });
    expect(again).toMatchObject({ attempted: false, status: 'sent', messageId: first.messageId });
    expect((await mail.inbox(mia.email)).slice(before)).toHaveLength(2);
  });

  it('records a refused recipient as failed, and refuses another workspace’s mailbox', async () => {
    const mia = world.creators[2]!;
    const failed = await sendEmail(t.db, deps(), {
      workspaceId: world.workspaceId,
      mailboxId: world.mailboxId,
      creatorId: mia.id,
      to: 'nobody@creators.test',
      subject: 'x',
      body: 'x',
      kind: 'manual',
    });
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/No such user/);
    await expect(
      sendEmail(t.db, deps(), {
        workspaceId: world.workspaceId + 1000,
        mailboxId: world.mailboxId,
        creatorId: mia.id,
        to: mia.email,
        subject: 'x',
        body: 'x',
        kind: 'manual',
      }),
    ).rejects.toThrow(/Mailbox/);
  });

  it('refuses a mailbox whose SMTP login fails, in words, and never stores the password in clear', async () => {
    await expect(
      addMailbox(
        t.db,
        SECRET_KEY,
        {
          workspaceId: world.workspaceId,
          from: `Shop <${BRAND}>`,
          smtpUrl: mail.smtpUrl(BRAND).replace('brand-app-pass', 'wrong'),
        },
        clock,
      ),
    ).rejects.toThrow(
      /login to hello@glowshop.test@127.0.0.1:\d+ failed: the server refused the user name or password/,
    );
    await expect(
      addMailbox(
        t.db,
        SECRET_KEY,
        { workspaceId: world.workspaceId, from: 'not an address', smtpUrl: mail.smtpUrl(BRAND) },
        clock,
      ),
    ).rejects.toThrow(/Mailbox from/);
    const stored = await t.db
      .selectFrom('mailboxes')
      .selectAll()
      .where('workspace_id', '=', world.workspaceId)
      .execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain('brand-app-pass');
  });
});
