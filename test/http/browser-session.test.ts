// Through a real listening server: sign-in pages, session cookie, CSRF refusal, the plain list page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startServer, type RunningServer } from '../../src/http/start-server.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

describe('browser session on a real server', () => {
  let t: TestDatabase;
  let server: RunningServer;
  let acmeToken: string;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    const demo = await ensureWorkspace(t.db, 'demo');
    const acme = await ensureWorkspace(t.db, 'acme');
    acmeToken = (await createApiToken(t.db, acme.id, 'test')).token;
    await storeCreators(t.db, demo.id, [creatorRecord({ displayName: 'Zoë <script>alert(1)</script>' }, { handle: 'zoe.walks' })]);
    server = await startServer({ db: t.db, config: loadConfig({}) }, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  const post = (path: string, body: string, origin = server.url) => fetch(`${server.url}${path}`, {
    method: 'POST', redirect: 'manual', body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
  });

  it('sends a visitor without a session to the sign-in page offering the demo', async () => {
    const res = await fetch(server.url, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/login');
    const login = await (await fetch(`${server.url}/login`)).text();
    expect(login).toContain('Open the demo workspace');
  });

  it('opens the demo workspace and lists its creators, escaped', async () => {
    const res = await post('/login/demo', '');
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/mr_session=mrs_[\w-]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const page = await (await fetch(server.url, { headers: { cookie: cookie.split(';')[0]! } })).text();
    expect(page).toContain('Workspace <strong>demo</strong>');
    expect(page).toContain('instagram:zoe.walks');
    expect(page).toContain('Zoë &lt;script&gt;');
    expect(page).not.toContain('<script>alert(1)');
    const api = await fetch(`${server.url}/api/v1/creators`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(api.status).toBe(200);
  });

  it('signs in with a workspace token and refuses cross-origin sign-in', async () => {
    const ok = await post('/login', `token=${encodeURIComponent(acmeToken)}`);
    expect(ok.status).toBe(303);
    const bad = await post('/login', 'token=mr_wrong');
    expect(bad.status).toBe(401);
    expect(await bad.text()).toContain('unknown or revoked');
    const csrf = await post('/login/demo', '', 'https://evil.example');
    expect(csrf.status).toBe(403);
    expect(csrf.headers.get('set-cookie')).toBeNull();
  });

  it('sets security headers', async () => {
    const res = await fetch(`${server.url}/login`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
