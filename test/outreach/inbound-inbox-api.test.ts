// The inbox API end to end over real mail: the brand writes, the creator answers from her mail client,
// the watcher reads it, the inbox shows it unread, the brand opens it and answers from the app, and the
// answer lands in her inbox threaded under her reply. Another workspace sees and touches none of it.
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openImapSession } from '../../src/connectors/mail/imap-session.ts';
import { createApp } from '../../src/http/app.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { createUser } from '../../src/services/access/create-user.ts';
import { unsealImapUrl } from '../../src/services/outreach/inbound/unseal-imap-url.ts';
import { watchMailbox } from '../../src/services/outreach/inbound/watch-mailbox.ts';
import { sendEmail } from '../../src/services/outreach/send-email.ts';
import { stopEnrollments } from '../../src/services/outreach/stop-enrollments.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { quietRuntime, testConfig } from '../support/commerce.ts';
import { jsonBody } from '../support/json-body.ts';
import type { MailServers } from '../support/mail-server.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../support/test-db.ts';
import { buildWorld, header, PUBLIC_ORIGIN, SECRET_KEY, startWorldMail, type World } from './support/outreach-world.ts';

describe.each(testDialects)('the inbox API (%s)', (dialect) => {
  let mail: MailServers;
  let t: TestDatabase;
  let world: World;
  let runtime: Runtime;
  let app: ReturnType<typeof createApp>;
  let token: string;
  let otherToken: string;
  let stepId: string;
  const api = (path: string, body?: unknown, as = token) =>
    app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const watch = () =>
    watchMailbox(
      t.db,
      { stopEnrollments, openSession: openImapSession, imapUrl: unsealImapUrl(SECRET_KEY), clock: () => new Date() },
      world.mailboxId,
    );

  beforeAll(async () => {
    mail = await startWorldMail(2);
    t = await openTestDatabase(dialect);
    world = await buildWorld(t.db, mail, { count: 2 });
    const config = testConfig({ MICROREACH_SECRET_KEY: SECRET_KEY.toString('hex') });
    runtime = quietRuntime(t.db, config);
    app = createApp({ db: t.db, config, runtime });
    const owner = await createUser(t.db, {
      email: 'owner@glow.test',
      password: 'correct horse battery',
      workspace: 'glow',
      role: 'owner',
    });
    const eve = await createUser(t.db, {
      email: 'eve@other.test',
      password: 'correct horse battery',
      workspace: 'other',
      role: 'owner',
    });
    token = (await createApiToken(t.db, owner.workspaceId, 'test', { userId: owner.userId })).token;
    otherToken = (await createApiToken(t.db, eve.workspaceId, 'test', { userId: eve.userId })).token;
    const mia = world.creators[0] as World['creators'][number];
    const sent = await sendEmail(
      t.db,
      { secretKey: SECRET_KEY, publicOrigin: PUBLIC_ORIGIN, now: () => new Date() },
      {
        workspaceId: world.workspaceId,
        mailboxId: world.mailboxId,
        creatorId: mia.id,
        to: mia.email,
        subject: 'A collab with Glow?',
        body: 'Hi Mia!',
        kind: 'manual',
      },
    );
    expect(sent.status).toBe('sent');
    stepId = sent.messageId;
  });
  afterAll(async () => {
    await runtime?.close();
    await t?.close();
    await mail?.stop();
  });

  it('shows her answer unread, opens the thread, marks it read, and answers it threaded in her mail client', async () => {
    const mia = world.creators[0] as World['creators'][number];
    await nodemailer.createTransport(mail.smtpUrl(mia.email)).sendMail({
      from: mia.email,
      to: 'hello@glowshop.test',
      subject: 'Re: A collab with Glow?',
      text: 'Love it! What are the terms?',
      inReplyTo: `<${stepId}>`,
      references: [`<${stepId}>`],
      messageId: '<mia-reply-1@creators.test>',
    });
    expect((await watch()).read).toBe(1);

    const list = await jsonBody(await api('/api/v1/inbox'));
    expect(list.threads).toHaveLength(1);
    expect(list.threads[0]).toMatchObject({
      thread_root: stepId,
      creator_id: mia.id,
      messages: 2,
      unread: 1,
      subject: 'A collab with Glow?',
    });
    const id = list.threads[0].last_message_id;
    const thread = await jsonBody(await api(`/api/v1/inbox/${id}`));
    expect(thread.messages.map((m: { direction: string }) => m.direction)).toEqual(['out', 'in']);
    expect(thread.messages[1].body_text).toContain('What are the terms?');

    // Another workspace: no threads, and this one's ids are not found there.
    expect((await jsonBody(await api('/api/v1/inbox', undefined, otherToken))).threads).toEqual([]);
    expect((await api(`/api/v1/inbox/${id}`, undefined, otherToken)).status).toBe(404);
    expect((await api(`/api/v1/inbox/${id}/read`, {}, otherToken)).status).toBe(404);
    expect((await api(`/api/v1/inbox/${id}/reply`, { body: 'hijack' }, otherToken)).status).toBe(404);

    expect(await jsonBody(await api(`/api/v1/inbox/${id}/read`, {}))).toEqual({ marked: 1 });
    expect((await jsonBody(await api('/api/v1/inbox'))).threads[0].unread).toBe(0);

    expect((await api(`/api/v1/inbox/${id}/reply`, { body: '' })).status).toBe(400);
    const answer = await api(`/api/v1/inbox/${id}/reply`, { body: 'Great! 300 EUR for one reel, product included.' });
    expect(answer.status).toBe(201);
    expect(await jsonBody(answer)).toMatchObject({ status: 'sent' });
    const received = (await mail.inbox(mia.email)).at(-1) as string;
    expect(header(received, 'In-Reply-To')).toBe('<mia-reply-1@creators.test>');
    expect(header(received, 'References')).toContain(`<${stepId}>`);
    expect(header(received, 'Subject')).toBe('Re: A collab with Glow?');
    expect(header(received, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect((await jsonBody(await api(`/api/v1/inbox/${id}`))).messages).toHaveLength(3);
  });
});
