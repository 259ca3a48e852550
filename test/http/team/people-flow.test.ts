// The people journey through the HTTP app: first run, password sign-in, TOTP, invitation by link,
// password reset, sessions, scoped / expiring / revoked tokens, rate limits, the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode, totpAt } from '../../../src/core/access/totp.ts';
import { loadConfig } from '../../../src/config.ts';
import { createApp } from '../../../src/http/app.ts';
import { createApiToken } from '../../../src/services/access/create-api-token.ts';
import { setAllowedDomains } from '../../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { jsonBody } from '../../support/json-body.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const ORIGIN = 'http://localhost';
const PASSWORD = 'correct horse battery';

describe.each(testDialects)('people on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let legacyToken: string;
  let ownerCookie = '';

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await ensureWorkspace(t.db, 'demo');
    const old = await ensureWorkspace(t.db, 'glow');
    legacyToken = (await createApiToken(t.db, old.id, 'before users')).token;
    app = createApp({ db: t.db, config: loadConfig({ MICROREACH_SECRET_KEY: 'cd'.repeat(32), TRUST_PROXY: '1' }) });
  });
  afterAll(async () => t.close());

  const form = (path: string, fields: Record<string, string>, extra: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      body: new URLSearchParams(fields).toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        host: 'localhost',
        origin: ORIGIN,
        'x-forwarded-for': '203.0.113.9',
        ...extra,
      },
    });
  const api = async (path: string, auth: { cookie?: string; bearer?: string }, json?: unknown) => {
    const res = await app.request(path, {
      method: json === undefined ? 'GET' : 'POST',
      body: json === undefined ? undefined : JSON.stringify(json),
      headers: {
        host: 'localhost',
        origin: ORIGIN,
        'content-type': 'application/json',
        ...(auth.cookie ? { cookie: auth.cookie } : {}),
        ...(auth.bearer ? { authorization: `Bearer ${auth.bearer}` } : {}),
      },
    });
    return {
      status: res.status,
      body: (res.headers.get('content-type') ?? '').includes('json') ? await jsonBody(res) : await res.text(),
    };
  };
  const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0]!;

  it('offers the first run while the installation has no user, and it creates the owner and workspace', async () => {
    expect(await (await app.request('/login')).text()).toContain('href="/setup"');
    const res = await form(
      '/setup',
      { email: 'Ann@Brand.test', password: PASSWORD, workspace: 'Glow & Co' },
      { 'x-forwarded-proto': 'https' },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/onboarding');
    // Behind a trusted HTTPS proxy the cookie is Secure.
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly.*Secure|Secure.*HttpOnly/i);
    ownerCookie = cookieOf(res);
    const me = await api('/api/v1/me', { cookie: ownerCookie });
    // "glow" is taken by a workspace made before users existed: the first run never takes it over.
    expect(me.body).toMatchObject({
      workspace: { slug: 'glow-co', name: 'Glow & Co' },
      user: { email: 'ann@brand.test' },
      role: 'owner',
    });
    expect((await app.request('/setup')).status).toBe(302);
    expect((await form('/setup', { email: 'eve@x.test', password: PASSWORD, workspace: 'Evil' })).status).toBe(303);
    expect((await api('/api/v1/me', { cookie: ownerCookie })).body.workspaces).toHaveLength(1);
  });

  it('keeps a token made before users working, as admin of its workspace', async () => {
    const me = await api('/api/v1/me', { bearer: legacyToken });
    expect(me.body).toMatchObject({ workspace: { slug: 'glow' }, user: null, role: 'admin' });
  });

  it('maps the demo sign-in to the member role of the demo workspace, without a user', async () => {
    const demo = cookieOf(await form('/login/demo', {}));
    expect((await api('/api/v1/me', { cookie: demo })).body).toMatchObject({
      workspace: { slug: 'demo' },
      via: 'demo',
      user: null,
      role: 'member',
    });
    expect((await api('/api/v1/audit', { cookie: demo })).status).toBe(403);
  });

  it('invites by link; the invitee sets a password in the browser and lands in the workspace with the role', async () => {
    const inv = await api('/api/v1/invitations', { cookie: ownerCookie }, { email: 'bo@brand.test', role: 'viewer' });
    expect(inv.status).toBe(201);
    const path = new URL(inv.body.url).pathname;
    expect(await (await app.request(path)).text()).toContain('Choose a password');
    expect((await form(path, { password: 'short' })).status).toBe(400);
    const accepted = await form(path, { password: PASSWORD });
    expect(accepted.status).toBe(303);
    const bo = cookieOf(accepted);
    expect((await api('/api/v1/me', { cookie: bo })).body).toMatchObject({
      role: 'viewer',
      user: { email: 'bo@brand.test' },
    });
    expect((await api('/api/v1/campaigns', { cookie: bo }, { name: 'x' })).status).toBe(403);
    expect((await app.request(path)).status).toBe(404);
    // An invitation never re-roles an existing member (it could demote the last owner).
    expect(
      (await api('/api/v1/invitations', { cookie: ownerCookie }, { email: 'ann@brand.test', role: 'viewer' })).status,
    ).toBe(409);
  });

  it('signs in by password, requires the TOTP code once enabled, and refuses a wrong one', async () => {
    const started = await api('/api/v1/me/totp', { cookie: ownerCookie }, {});
    const secret = base32Decode(started.body.secret);
    const now = () => totpAt(secret, Math.floor(Date.now() / 1000));
    expect(
      (
        await api(
          '/api/v1/me/totp/confirm',
          { cookie: ownerCookie },
          { code: '000000' === now() ? '111111' : '000000' },
        )
      ).status,
    ).toBe(400);
    expect((await api('/api/v1/me/totp/confirm', { cookie: ownerCookie }, { code: now() })).status).toBe(200);
    const noCode = await form(
      '/login',
      { email: 'ann@brand.test', password: PASSWORD },
      { 'x-forwarded-for': '198.51.100.1' },
    );
    expect(noCode.status).toBe(401);
    expect(await noCode.text()).toContain('Authenticator code');
    const ok = await form(
      '/login',
      { email: 'ann@brand.test', password: PASSWORD, code: now() },
      { 'x-forwarded-for': '198.51.100.1' },
    );
    expect(ok.status).toBe(303);
    expect(
      (
        await form(
          '/login',
          { email: 'ann@brand.test', password: 'wrong password!' },
          { 'x-forwarded-for': '198.51.100.1' },
        )
      ).status,
    ).toBe(401);
  });

  it('lists sessions and ends one; a password reset link ends all of them', async () => {
    const other = cookieOf(
      await form('/login', { email: 'bo@brand.test', password: PASSWORD }, { 'x-forwarded-for': '198.51.100.2' }),
    );
    const boMember = (await api('/api/v1/members', { cookie: ownerCookie })).body.items.find(
      (m: { email: string }) => m.email === 'bo@brand.test',
    );
    const sessions = await api('/api/v1/me/sessions', { cookie: other });
    expect(sessions.body.items.length).toBe(2);
    const notCurrent = sessions.body.items.find((s: { current: boolean }) => !s.current);
    expect((await api(`/api/v1/me/sessions/${notCurrent.id}/revoke`, { cookie: other }, {})).status).toBe(200);
    expect((await api('/api/v1/me/sessions', { cookie: other })).body.items).toHaveLength(1);
    const link = await api(`/api/v1/members/${boMember.id}/password-reset`, { cookie: ownerCookie }, {});
    const path = new URL(link.body.url).pathname;
    expect((await form(path, { password: 'a brand new password' })).status).toBe(303);
    expect((await api('/api/v1/me', { cookie: other })).status).toBe(401);
    expect(
      (
        await form(
          '/login',
          { email: 'bo@brand.test', password: 'a brand new password' },
          { 'x-forwarded-for': '198.51.100.3' },
        )
      ).status,
    ).toBe(303);
  });

  it('gives tokens scopes within the role and an expiry; revoking one ends the sessions opened with it', async () => {
    expect(
      (await api('/api/v1/tokens', { cookie: ownerCookie }, { name: 'x', scopes: ['not.a.permission'] })).status,
    ).toBe(400);
    const made = await api(
      '/api/v1/tokens',
      { cookie: ownerCookie },
      { name: 'reports', scopes: ['campaigns.read'], expires_in_days: 30 },
    );
    expect(made.status).toBe(201);
    expect((await api('/api/v1/campaigns', { bearer: made.body.token })).status).toBe(200);
    expect((await api('/api/v1/campaigns', { bearer: made.body.token }, { name: 'x' })).status).toBe(403);
    const signedIn = await form('/login', { token: made.body.token }, { 'x-forwarded-for': '198.51.100.4' });
    expect(signedIn.status).toBe(303);
    const browser = cookieOf(signedIn);
    expect((await api('/api/v1/me', { cookie: browser })).body.permissions).toEqual([
      'workspace.read',
      'campaigns.read',
    ]);
    expect((await api(`/api/v1/tokens/${made.body.id}/revoke`, { cookie: ownerCookie }, {})).status).toBe(200);
    expect((await api('/api/v1/me', { cookie: browser })).status).toBe(401);
    expect((await api('/api/v1/me', { bearer: made.body.token })).status).toBe(401);
    const expired = await createApiToken(t.db, 1, 'old', { expiresAt: '2020-01-01T00:00:00.000Z' });
    expect((await api('/api/v1/me', { bearer: expired.token })).status).toBe(401);
  });

  it('answers 429 with Retry-After after too many sign-ins or bad bearer tokens from one address', async () => {
    const from = { 'x-forwarded-for': '192.0.2.77' };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1)
      statuses.push((await form('/login', { email: 'ann@brand.test', password: 'nope nope nope' }, from)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await form('/login', { email: 'ann@brand.test', password: PASSWORD }, from);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    let last: Response | undefined;
    for (let i = 0; i < 21; i += 1) {
      last = await app.request('/api/v1/me', {
        headers: { authorization: 'Bearer mr_wrong', 'x-forwarded-for': '192.0.2.88' },
      });
    }
    expect(last!.status).toBe(429);
    expect(last!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await jsonBody(last!)).error.code).toBe('rate_limited');
  });

  it('records who did what, filters by action and exports CSV (the export is audited too)', async () => {
    const ws = await t.db.selectFrom('workspaces').select('id').where('slug', '=', 'glow-co').executeTakeFirstOrThrow();
    await setAllowedDomains(t.db, ws.id, ['glow.test']);
    const campaign = await api(
      '/api/v1/campaigns',
      { cookie: ownerCookie },
      { name: 'Spring', destination_url: 'https://glow.test/' },
    );
    expect(campaign.status).toBe(201);
    expect((await api('/api/v1/campaigns', { cookie: ownerCookie }, { name: '' })).status).toBe(400);
    const created = await api('/api/v1/audit?action=campaign', { cookie: ownerCookie });
    expect(created.body.items).toHaveLength(1);
    expect(created.body.items[0]).toMatchObject({ action: 'campaign.created', actor: 'ann@brand.test' });
    const all = await api('/api/v1/audit', { cookie: ownerCookie });
    const actions = all.body.items.map((e: { action: string }) => e.action);
    for (const a of [
      'member.added',
      'invitation.created',
      'invitation.accepted',
      'user.signed_in',
      'token.created',
      'token.revoked',
    ])
      expect(actions).toContain(a);
    const tokens = await api('/api/v1/audit?action=token', { cookie: ownerCookie });
    expect(new Set(tokens.body.items.map((e: { action: string }) => e.action))).toEqual(
      new Set(['token.created', 'token.revoked']),
    );
    const csv = await api('/api/v1/audit.csv?action=invitation', { cookie: ownerCookie });
    expect(csv.body.split('\r\n')[0]).toBe('id,at,actor,user_id,action,target,details');
    expect(csv.body).toContain('invitation.accepted');
    expect((await api('/api/v1/audit?action=export', { cookie: ownerCookie })).body.items[0].action).toBe(
      'export.audit_log',
    );
  });
});
