// Through a real listening server: sign-in pages, session cookie, CSRF refusal, the web app's shell
// and assets (from a stand-in build).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'mr-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><div id="root"></div><script type="module" src="/assets/app-1a2b.js"></script>',
    );
    writeFileSync(join(webRoot, 'assets', 'app-1a2b.js'), 'console.log("app")');
    t = await openTestDatabase('sqlite');
    const demo = await ensureWorkspace(t.db, 'demo');
    const acme = await ensureWorkspace(t.db, 'acme');
    acmeToken = (await createApiToken(t.db, acme.id, 'test')).token;
    await storeCreators(t.db, demo.id, [
      creatorRecord({ displayName: 'Zoë <script>alert(1)</script>' }, { handle: 'zoe.walks' }),
    ]);
    server = await startServer({ db: t.db, config: loadConfig({}), webRoot }, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const post = (path: string, body: string, origin = server.url) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      redirect: 'manual',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    });

  it('sends a visitor without a session to the sign-in page offering the demo', async () => {
    const res = await fetch(server.url, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/login');
    const login = await (await fetch(`${server.url}/login`)).text();
    expect(login).toContain('Open the demo workspace');
  });

  it('opens the demo workspace into the web app, whose API lists its creators', async () => {
    const res = await post('/login/demo', '');
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/mr_session=mrs_[\w-]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = { cookie: cookie.split(';')[0]! };
    for (const route of ['/', '/discover', '/creators/1', '/campaigns/7', '/imports']) {
      const page = await fetch(`${server.url}${route}`, { headers: session });
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toContain('<div id="root"></div>');
    }
    const asset = await fetch(`${server.url}/assets/app-1a2b.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.url}/assets/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    const api = await fetch(`${server.url}/api/v1/creators`, { headers: session });
    expect(api.status).toBe(200);
    expect(JSON.stringify(await api.json())).toContain('Zoë <script>alert(1)</script>');
    // Without a session the app's routes send the visitor to sign in.
    expect((await fetch(`${server.url}/campaigns/7`, { redirect: 'manual' })).headers.get('location')).toBe('/login');
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
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
