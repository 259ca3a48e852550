// The outreach API over the real services: mailboxes (no secret ever returned, the SMTP login checked,
// audited, paused and resumed), sequences with counts, a step previewed for a real creator (an unfilled
// field named), enrolling by a list or by creator ids (refusals named), and settling an unknown email.
// Another workspace gets 404 on every one of these ids; a viewer reads but may not write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { createUser } from '../../src/services/access/create-user.ts';
import { sendEmail } from '../../src/services/outreach/send-email.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { quietRuntime, testConfig } from '../support/commerce.ts';
import { jsonBody } from '../support/json-body.ts';
import type { MailServers } from '../support/mail-server.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../support/test-db.ts';
import {
  BRAND,
  BRAND_PASSWORD,
  buildWorld,
  PUBLIC_ORIGIN,
  SECRET_KEY,
  startWorldMail,
  type World,
} from './support/outreach-world.ts';

describe.each(testDialects)('the outreach API (%s)', (dialect) => {
  let mail: MailServers;
  let t: TestDatabase;
  let world: World;
  let runtime: Runtime;
  let app: ReturnType<typeof createApp>;
  const tokens = { member: '', viewer: '', other: '' };
  const api = (path: string, body?: unknown, as: keyof typeof tokens = 'member') =>
    app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${tokens[as]}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const accountOf = async (handle: string) =>
    Number((await t.db.selectFrom('accounts').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id);

  beforeAll(async () => {
    mail = await startWorldMail(3);
    t = await openTestDatabase(dialect);
    world = await buildWorld(t.db, mail, { count: 3, withoutEmail: [2] });
    const config = testConfig({ MICROREACH_SECRET_KEY: SECRET_KEY.toString('hex') });
    runtime = quietRuntime(t.db, config);
    app = createApp({ db: t.db, config, runtime });
    for (const [name, workspace, role] of [
      ['member', 'glow', 'member'],
      ['viewer', 'glow', 'viewer'],
      ['other', 'other', 'owner'],
    ] as const) {
      const u = await createUser(t.db, {
        email: `${name}@${workspace}.test`,
        password: 'correct horse battery',
        workspace,
        role,
      });
      tokens[name] = (await createApiToken(t.db, u.workspaceId, name, { userId: u.userId })).token;
    }
  });
  afterAll(async () => {
    await runtime?.close();
    await t?.close();
    await mail?.stop();
  });

  it('lists, adds (login checked, audited), pauses and resumes mailboxes without ever returning a secret', async () => {
    const res = await api('/api/v1/mailboxes');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(BRAND_PASSWORD);
    const { mailboxes } = JSON.parse(text);
    expect(mailboxes).toEqual([
      expect.objectContaining({
        id: world.mailboxId,
        from_address: BRAND,
        status: 'active',
        smtp: `${BRAND}@127.0.0.1:${mail.smtpPort}`,
      }),
    ]);

    const wrong = await api('/api/v1/mailboxes', {
      from: `Glow <${BRAND}>`,
      smtp: mail.smtpUrl(BRAND).replace(BRAND_PASSWORD, 'nope'),
    });
    expect(wrong.status).toBe(400);
    expect((await jsonBody(wrong)).error.message).toContain('login');
    const bad = await jsonBody(await api('/api/v1/mailboxes', { from: 'not an address', smtp: mail.smtpUrl(BRAND) }));
    expect(bad.error.details).toEqual([expect.objectContaining({ path: 'from' })]);

    const again = await api('/api/v1/mailboxes', {
      from: `Glow Shop <${BRAND}>`,
      smtp: mail.smtpUrl(BRAND),
      daily_limit: 30,
    });
    expect(again.status).toBe(200);
    const againText = await again.text();
    expect(againText).not.toContain(BRAND_PASSWORD);
    expect(JSON.parse(againText)).toMatchObject({ created: false, mailbox: { id: world.mailboxId, daily_limit: 30 } });
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'target'])
      .where('action', 'like', 'mailbox.%')
      .execute();
    expect(audit).toEqual([{ action: 'mailbox.updated', target: String(world.mailboxId) }]);

    expect((await jsonBody(await api(`/api/v1/mailboxes/${world.mailboxId}/pause`, {}))).mailbox.status).toBe('paused');
    expect((await jsonBody(await api(`/api/v1/mailboxes/${world.mailboxId}/resume`, {}))).mailbox.status).toBe(
      'active',
    );

    expect((await api('/api/v1/mailboxes', { from: BRAND, smtp: mail.smtpUrl(BRAND) }, 'viewer')).status).toBe(403);
    expect((await api(`/api/v1/mailboxes/${world.mailboxId}/pause`, {}, 'viewer')).status).toBe(403);
    expect((await jsonBody(await api('/api/v1/mailboxes', undefined, 'other'))).mailboxes).toEqual([]);
    expect((await api(`/api/v1/mailboxes/${world.mailboxId}/pause`, {}, 'other')).status).toBe(404);
  });

  it('creates sequences, previews a step for a creator, enrolls a list and ids, and shows the counts', async () => {
    const [mia, zoe, nomail] = world.creators as [
      World['creators'][number],
      World['creators'][number],
      World['creators'][number],
    ];
    const unknownField = await api('/api/v1/sequences', {
      name: 'Broken',
      steps: [{ subject: 'Hi {{nickname}}', body: 'x', delay_days: 0 }],
    });
    expect(unknownField.status).toBe(400);
    expect((await jsonBody(unknownField)).error.message).toContain('{{nickname}}');

    const intro = await api('/api/v1/sequences', {
      name: 'Intro',
      steps: [
        { subject: 'Hi {{first_name}}', body: 'Hello {{name}}, {{brand}} loves your work.', delay_days: 0 },
        { subject: 'Following up', body: 'Any thoughts, {{first_name}}?', delay_days: 3 },
      ],
    });
    expect(intro.status).toBe(201);
    const introId = (await jsonBody(intro)).id;
    const feeId = (
      await jsonBody(
        await api('/api/v1/sequences', {
          name: 'Offer',
          steps: [{ subject: 'An offer', body: 'We pay {{fee}}.', delay_days: 0 }],
        }),
      )
    ).id;
    expect(
      (await api('/api/v1/sequences', { name: 'Intro', steps: [{ subject: 's', body: 'b', delay_days: 0 }] })).status,
    ).toBe(200);

    const preview = await jsonBody(await api(`/api/v1/sequences/${introId}/preview?position=1&creator_id=${mia.id}`));
    expect(preview).toMatchObject({
      creator_id: mia.id,
      email: mia.email,
      sendable: true,
      problem: null,
      subject: { text: 'Hi Mia' },
      body: { text: `Hello ${mia.name}, Glow Shop loves your work.` },
    });
    const unfilled = await jsonBody(await api(`/api/v1/sequences/${feeId}/preview?position=1&creator_id=${mia.id}`));
    expect(unfilled).toMatchObject({ sendable: false, body: { text: null, missing: ['fee'] } });
    expect(unfilled.problem).toContain('{{fee}}');
    expect((await api(`/api/v1/sequences/${introId}/preview?position=9&creator_id=${mia.id}`)).status).toBe(404);

    const list = await jsonBody(
      await api('/api/v1/lists', {
        name: 'Spring',
        account_ids: [await accountOf(mia.handle), await accountOf(nomail.handle)],
      }),
    );
    const byList = await jsonBody(await api(`/api/v1/sequences/${introId}/enroll`, { list_id: list.id }));
    expect(byList.enrolled.map((e: { creator_id: number }) => e.creator_id)).toEqual([mia.id]);
    expect(byList.refused).toEqual([
      { creator: `instagram:${nomail.handle}`, reason: expect.stringContaining('no email') },
    ]);
    const byIds = await jsonBody(
      await api(`/api/v1/sequences/${introId}/enroll`, { creator_ids: [zoe.id, mia.id, 999999] }),
    );
    expect(byIds.enrolled.map((e: { creator_id: number }) => e.creator_id)).toEqual([zoe.id]);
    expect(byIds.already).toEqual([expect.objectContaining({ status: 'active' })]);
    expect(byIds.refused).toEqual([{ creator: 'creator 999999', reason: 'not a creator of this workspace' }]);
    expect((await api(`/api/v1/sequences/${introId}/enroll`, {})).status).toBe(400);

    const all = await jsonBody(await api('/api/v1/sequences', undefined, 'viewer'));
    expect(all.sequences.find((s: { id: number }) => s.id === introId)).toMatchObject({
      name: 'Intro',
      steps: 2,
      enrollments: { active: 2 },
    });
    const one = await jsonBody(await api(`/api/v1/sequences/${introId}`));
    expect(one.steps.map((s: { delay_days: number }) => s.delay_days)).toEqual([0, 3]);
    expect(one.enrollments.map((e: { creator_id: number; status: string }) => [e.creator_id, e.status])).toEqual([
      [mia.id, 'active'],
      [zoe.id, 'active'],
    ]);

    expect((await api(`/api/v1/sequences/${introId}/enroll`, { creator_ids: [mia.id] }, 'viewer')).status).toBe(403);
    expect(
      (await api('/api/v1/sequences', { name: 'V', steps: [{ subject: 's', body: 'b', delay_days: 0 }] }, 'viewer'))
        .status,
    ).toBe(403);
    expect((await jsonBody(await api('/api/v1/sequences', undefined, 'other'))).sequences).toEqual([]);
    expect((await api(`/api/v1/sequences/${introId}`, undefined, 'other')).status).toBe(404);
    expect(
      (await api(`/api/v1/sequences/${introId}/preview?position=1&creator_id=${mia.id}`, undefined, 'other')).status,
    ).toBe(404);
    expect((await api(`/api/v1/sequences/${introId}/enroll`, { creator_ids: [mia.id] }, 'other')).status).toBe(404);
  });

  it('settles an email of unknown fate once, and only in its workspace', async () => {
    const mia = world.creators[0]!;
    const sent = await sendEmail(
      t.db,
      { secretKey: SECRET_KEY, publicOrigin: PUBLIC_ORIGIN, now: () => new Date() },
      {
        workspaceId: world.workspaceId,
        mailboxId: world.mailboxId,
        creatorId: mia.id,
        to: mia.email,
        subject: 'Hi',
        body: 'Hello',
        kind: 'manual',
      },
    );
    // As if the worker died after the data started: the outcome is unknown.
    await t.db.updateTable('outreach_messages').set({ status: 'unknown' }).where('id', '=', sent.id).execute();
    expect((await api(`/api/v1/outreach/messages/${sent.id}/settle`, { as: 'sent' }, 'other')).status).toBe(404);
    expect((await api(`/api/v1/outreach/messages/${sent.id}/settle`, { as: 'sent' }, 'viewer')).status).toBe(403);
    expect((await api(`/api/v1/outreach/messages/${sent.id}/settle`, { as: 'maybe' })).status).toBe(400);
    expect(await jsonBody(await api(`/api/v1/outreach/messages/${sent.id}/settle`, { as: 'sent' }))).toEqual({
      id: sent.id,
      status: 'sent',
      message_id: sent.messageId,
    });
    expect((await api(`/api/v1/outreach/messages/${sent.id}/settle`, { as: 'sent' })).status).toBe(409);
  });
});
