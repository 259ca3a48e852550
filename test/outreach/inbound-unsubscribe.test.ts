// The unsubscribe link as mail clients use it: Gmail and Yahoo POST `List-Unsubscribe=One-Click` to the
// List-Unsubscribe URL (RFC 8058, form-encoded or multipart); a person opens it and presses the button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUnsubscribeToken } from '../../src/core/outreach/unsubscribe-token.ts';
import { createApp } from '../../src/http/app.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { isOptedOut } from '../../src/storage/relationships/opt-outs.ts';
import { quietRuntime, TEST_SECRET_KEY, testConfig } from '../support/commerce.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../support/test-db.ts';
import { type InboundWorld, makeInboundWorld } from './inbound-world.ts';

const KEY = Buffer.from(TEST_SECRET_KEY, 'hex');
const NOW = '2026-12-01T10:00:00.000Z';

describe.each(testDialects)('the unsubscribe link /u/:token (%s)', (dialect) => {
  let t: TestDatabase;
  let runtime: Runtime;
  let app: ReturnType<typeof createApp>;
  let a: InboundWorld;
  let b: InboundWorld;
  const token = (w: InboundWorld, i: number) =>
    signUnsubscribeToken(KEY, {
      workspaceId: w.workspaceId,
      creatorId: w.creators[i]?.id as number,
      email: w.creators[i]?.email as string,
    });
  const oneClick = (path: string, ip = '203.0.113.1') =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
      body: 'List-Unsubscribe=One-Click',
    });
  const statuses = async (w: InboundWorld) =>
    (
      await t.db
        .selectFrom('sequence_enrollments')
        .select('status')
        .where('workspace_id', '=', w.workspaceId)
        .orderBy('id')
        .execute()
    ).map((r) => r.status);

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    runtime = quietRuntime(t.db);
    app = createApp({ db: t.db, config: testConfig(), runtime });
    const emails = ['mia@creators.test', 'lukas@creators.test', 'zoe@creators.test'];
    a = await makeInboundWorld(t.db, {
      slug: 'a',
      brand: 'ana@a.test',
      imapUrl: 'imap://x:y@127.0.0.1:1',
      creatorEmails: emails,
      now: NOW,
    });
    b = await makeInboundWorld(t.db, {
      slug: 'b',
      brand: 'bo@b.test',
      imapUrl: 'imap://x:y@127.0.0.1:1',
      creatorEmails: [],
      now: NOW,
    });
    // Mia is enrolled by workspace b too: an opt-out from a's email must not touch b.
    const seq = await t.db
      .selectFrom('sequences')
      .select('id')
      .where('workspace_id', '=', b.workspaceId)
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('sequence_enrollments')
      .values({
        workspace_id: b.workspaceId,
        sequence_id: Number(seq.id),
        creator_id: a.creators[0]?.id as number,
        account_id: null,
        email: 'mia@creators.test',
        mailbox_id: b.mailboxId,
        status: 'active',
        next_position: 1,
        next_due_at: NOW,
        stage_at_enrollment: null,
        stop_reason: null,
        enrolled_at: NOW,
        updated_at: NOW,
      })
      .execute();
  });
  afterAll(async () => {
    await runtime?.close();
    await t?.close();
  });

  it('GET shows a confirm page with one button and opts nobody out', async () => {
    const res = await app.request(`/u/${token(a, 0)}`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(page).not.toContain('mia@creators.test');
    expect(await isOptedOut(t.db, a.workspaceId, a.creators[0]?.id as number)).toBe(false);
  });

  it('a one-click POST (Gmail: form-encoded) opts her out of the whole workspace at once, and a repeat changes nothing', async () => {
    const res = await oneClick(`/u/${token(a, 0)}`);
    expect(res.status).toBe(200);
    expect(await isOptedOut(t.db, a.workspaceId, a.creators[0]?.id as number)).toBe(true);
    expect(await statuses(a)).toEqual(['opted_out', 'active', 'active']);
    expect(await statuses(b)).toEqual(['active']); // another workspace's sequence is not this brand's to stop
    expect(await isOptedOut(t.db, b.workspaceId, a.creators[0]?.id as number)).toBe(false);
    expect((await oneClick(`/u/${token(a, 0)}`)).status).toBe(200);
    const rows = await t.db
      .selectFrom('contact_opt_outs')
      .select('source')
      .where('workspace_id', '=', a.workspaceId)
      .execute();
    expect(rows).toEqual([{ source: 'link' }]);
  });

  it('a multipart one-click POST (Yahoo) works the same', async () => {
    const body = new FormData();
    body.set('List-Unsubscribe', 'One-Click');
    const res = await app.request(`/u/${token(a, 1)}`, {
      method: 'POST',
      body,
      headers: { 'x-forwarded-for': '203.0.113.2' },
    });
    expect(res.status).toBe(200);
    expect(await statuses(a)).toEqual(['opted_out', 'opted_out', 'active']);
  });

  it('refuses a bad or edited token with 400 and no reason, before any lookup, and a POST without the one-click field', async () => {
    const good = token(a, 2);
    const [body, mac] = good.split('.') as [string, string];
    const forged = `${Buffer.from(JSON.stringify([b.workspaceId, a.creators[2]?.id, 'zoe@creators.test'])).toString('base64url')}.${mac}`;
    for (const bad of ['nonsense', `${body}.${mac.slice(0, -2)}AA`, forged, `${good}.x`]) {
      const res = await oneClick(`/u/${bad}`, '203.0.113.3');
      expect(res.status).toBe(400);
      expect(await res.text()).not.toMatch(/signature|hmac|workspace|expired/i);
    }
    const empty = await app.request(`/u/${good}`, { method: 'POST', headers: { 'x-forwarded-for': '203.0.113.3' } });
    expect(empty.status).toBe(400);
    expect(await statuses(a)).toEqual(['opted_out', 'opted_out', 'active']);
  });

  it('is rate limited per address like sign-in', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 31; i += 1) codes.push((await oneClick('/u/nonsense', '198.51.100.7')).status);
    // Earlier tests of this file count too when the proxy address is not trusted (all from one address).
    const first = codes.indexOf(429);
    expect(first).toBeGreaterThan(0);
    expect(codes.slice(0, first).every((s) => s === 400)).toBe(true);
    expect(codes.slice(first).every((s) => s === 429)).toBe(true);
  });
});
