// The inbox half of issue 13's "Done when", on SQLite and Postgres: a 3-step sequence goes out over real
// SMTP; 3 creators answer from their mail client (In-Reply-To), 1 address bounces (a Postfix DSN delivered
// as an MTA would), 1 creator presses one-click unsubscribe (RFC 8058 POST) and 1 is out of office. The
// watcher reads the mailbox over IMAP; the later steps go to nobody who replied, bounced or opted out.
import { readFileSync } from 'node:fs';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openImapSession } from '../../src/connectors/mail/imap-session.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';
import { createApp } from '../../src/http/app.ts';
import { jobHandlers } from '../../src/services/jobs/job-handlers.ts';
import { createSequence } from '../../src/services/outreach/create-sequence.ts';
import { enrollCreators } from '../../src/services/outreach/enroll-creators.ts';
import { unsealImapUrl } from '../../src/services/outreach/inbound/unseal-imap-url.ts';
import { watchMailbox } from '../../src/services/outreach/inbound/watch-mailbox.ts';
import { runOutreach } from '../../src/services/outreach/run-outreach.ts';
import { stopEnrollments } from '../../src/services/outreach/stop-enrollments.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { quietRuntime, testConfig } from '../support/commerce.ts';
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

const COUNT = 8;
const deps = { secretKey: SECRET_KEY, publicOrigin: PUBLIC_ORIGIN };
const MONDAY = Date.parse('2026-12-07T00:00:00Z');
const at = (day: number, minutes: number) => new Date(MONDAY + day * 86_400_000 + minutes * 60_000);
const RUNS = Array.from({ length: 15 }, (_, i) => 8 * 60 + 55 + i * 2.5);

describe.each(testDialects)('replies, a bounce and an opt-out stop a sequence on %s', (dialect) => {
  let t: TestDatabase;
  let world: World;
  let runtime: Runtime;
  // Mail servers of its own per dialect: the brand's INBOX must hold only this run's answers.
  let mail: MailServers;
  beforeAll(async () => {
    mail = await startWorldMail(COUNT);
    t = await openTestDatabase(dialect);
    world = await buildWorld(t.db, mail, { count: COUNT, slug: `in-${dialect}`, dailyLimit: 8 });
    runtime = quietRuntime(t.db, testConfig({ MICROREACH_SECRET_KEY: SECRET_KEY.toString('hex') }));
  });
  afterAll(async () => {
    await runtime?.close();
    await t?.close();
    await mail?.stop();
  });

  it('sends the later steps to nobody who replied, bounced or opted out', { timeout: 240_000 }, async () => {
    const before = new Map<string, number>();
    for (const c of world.creators) before.set(c.email, (await mail.inbox(c.email)).length);
    const received = async (i: number) =>
      (await mail.inbox(world.creators[i]?.email as string)).slice(before.get(world.creators[i]?.email as string));
    const sequence = await createSequence(
      t.db,
      world.workspaceId,
      {
        name: 'Winter launch',
        steps: [
          { subject: 'A gift from {{brand}}', body: 'Hi {{first_name}},\nwe love @{{handle}}.', delay_days: 0 },
          { subject: 'Re: A gift from {{brand}}', body: 'Hi {{first_name}}, any thoughts?', delay_days: 2 },
          { subject: 'Re: A gift from {{brand}}', body: 'Last note, {{first_name}}.', delay_days: 2 },
        ],
      },
      at(0, 0),
    );
    await enrollCreators(
      t.db,
      world.workspaceId,
      sequence.id,
      world.creators.map((c) => `instagram:${c.handle}`),
      { now: at(0, 8 * 60) },
    );
    const random = seededRandom(11);
    const handlers = jobHandlers(deps);
    const day = async (d: number) => {
      for (const minutes of RUNS)
        await runOutreach(t.db, { ...deps, random }, handlers, world.workspaceId, at(d, minutes));
    };
    await day(0);
    for (let i = 0; i < COUNT; i++) expect(await received(i)).toHaveLength(1);

    // Creators 0–2 answer from their mail client, threaded under step 1.
    for (const i of [0, 1, 2]) {
      const step1 = (await received(i))[0] as string;
      const c = world.creators[i] as World['creators'][number];
      await nodemailer.createTransport(mail.smtpUrl(c.email)).sendMail({
        from: c.email,
        to: BRAND,
        subject: `Re: ${header(step1, 'Subject')}`,
        text: `Sounds great, tell me more!\n\n> ${header(step1, 'Subject')}`,
        inReplyTo: header(step1, 'Message-ID'),
        references: header(step1, 'Message-ID'),
      });
    }
    // Creator 3's address bounces: her mail server's Postfix returns a DSN with the original's headers.
    const bounced = world.creators[3] as World['creators'][number];
    const dsn = readFileSync(new URL('../fixtures/mail/lhost-postfix-01.eml', import.meta.url), 'utf8')
      .replaceAll('kijitora@example.org', bounced.email)
      .replace(
        /^(Content-Type: message\/rfc822\s*\n\s*\n)/m,
        `$1Message-ID: ${header((await received(3))[0] as string, 'Message-ID')}\n`,
      );
    await mail.deliver(dsn, { from: '', to: [BRAND] });
    // Creator 4 presses one-click unsubscribe in Gmail: a POST to the List-Unsubscribe URL.
    const link = /<(https:\/\/[^>]+)>/.exec(
      header((await received(4))[0] as string, 'List-Unsubscribe') ?? '',
    )?.[1] as string;
    const app = createApp({
      db: t.db,
      config: testConfig({ MICROREACH_SECRET_KEY: SECRET_KEY.toString('hex') }),
      runtime,
    });
    const res = await app.request(new URL(link).pathname, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    // Creator 5 is out of office: that must not stop her sequence.
    const away = world.creators[5] as World['creators'][number];
    await nodemailer.createTransport(mail.smtpUrl(away.email)).sendMail({
      from: away.email,
      to: BRAND,
      subject: 'Automatic reply: A gift from Glow Shop',
      text: 'I am away until January.',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });

    const watched = await watchMailbox(
      t.db,
      {
        stopEnrollments,
        openSession: openImapSession,
        imapUrl: unsealImapUrl(SECRET_KEY),
        clock: () => at(1, 12 * 60),
      },
      world.mailboxId,
    );
    expect(watched.results.map((r) => r.classification.kind).sort()).toEqual([
      'auto_reply',
      'bounce',
      'reply',
      'reply',
      'reply',
    ]);

    for (let d = 1; d <= 6; d++) await day(d);
    const counts = [];
    for (let i = 0; i < COUNT; i++) counts.push((await received(i)).length);
    // Replied (0–2), bounced (3), opted out (4): step 1 only. Out of office (5) and the rest: all 3 steps.
    expect(counts).toEqual([1, 1, 1, 1, 1, 3, 3, 3]);
    const statuses = await t.db
      .selectFrom('sequence_enrollments')
      .select(['creator_id', 'status'])
      .where('workspace_id', '=', world.workspaceId)
      .orderBy('creator_id')
      .execute();
    expect(statuses.map((s) => s.status)).toEqual([
      'replied',
      'replied',
      'replied',
      'bounced',
      'opted_out',
      'completed',
      'completed',
      'completed',
    ]);
  });
});
