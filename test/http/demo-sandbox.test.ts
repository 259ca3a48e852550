// Issue 11 item 2: the demo cannot be used against the installation. The demo login is a sandbox
// (no shared writes, no links to arbitrary hosts, no other workspace), it is off by default beyond
// loopback, requests for a foreign Host are refused (DNS rebinding), and tracked links only point to
// the workspace's allowed domains (GET/PUT /api/v1/workspace/domains, `workspace domains set`).
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forHost, loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/http/app.ts';
import { startServer } from '../../src/http/start-server.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { cliHarness } from '../support/cli-harness.ts';
import { quietRuntime, testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { jsonBody } from '../support/json-body.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe('configuration of the demo login and the accepted Host names', () => {
  it.each([
    [{}, true, ['localhost', '127.0.0.1', '[::1]']],
    [{ MICROREACH_DEMO_LOGIN: 'off' }, false, ['localhost', '127.0.0.1', '[::1]']],
    [{ HOST: '0.0.0.0', MICROREACH_PUBLIC_ORIGIN: 'https://mr.example.com/' }, false, ['mr.example.com']],
    [
      { HOST: '0.0.0.0', MICROREACH_PUBLIC_ORIGIN: 'https://mr.example.com', MICROREACH_DEMO_LOGIN: 'on' },
      true,
      ['mr.example.com'],
    ],
    [
      { HOST: '::1', MICROREACH_PUBLIC_ORIGIN: 'https://mr.example.com' },
      true,
      ['mr.example.com', 'localhost', '127.0.0.1', '[::1]'],
    ],
  ])('%j: demo login %s, hosts %j', (env, login, hosts) => {
    const config = loadConfig(env);
    expect(config.demo.login).toBe(login);
    expect(config.allowedHostnames).toEqual(hosts);
  });

  it('refuses a bind beyond loopback without a public origin, from the environment or `serve --host`', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow('set MICROREACH_PUBLIC_ORIGIN');
    expect(() => forHost(loadConfig({}), '192.168.1.20')).toThrow('HOST=192.168.1.20 reaches beyond this machine');
    expect(forHost(loadConfig({ MICROREACH_PUBLIC_ORIGIN: 'https://mr.example.com' }), '0.0.0.0').demo.login).toBe(
      false,
    );
  });
});

describe('a real server refuses requests for a host it does not answer to (DNS rebinding)', () => {
  it.each([
    ['evil.example:3000', 403],
    ['127.0.0.1', 200],
    ['localhost:1234', 200],
    ['[::1]', 200],
  ])('Host %s → %i', async (host, status) => {
    const t = await openTestDatabase('sqlite');
    await ensureWorkspace(t.db, 'demo');
    const server = await startServer({ db: t.db, config: loadConfig({}) }, { host: '127.0.0.1', port: 0 });
    try {
      const answer = await new Promise<number>((resolve, reject) => {
        const req = request(`${server.url}/login`, { headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(answer).toBe(status);
    } finally {
      await server.close();
      await t.close();
    }
  });
});

describe.each(testDialects)('the demo sandbox and allowed link domains on %s', (dialect) => {
  let t: TestDatabase;
  let runtime: Runtime;
  let app: ReturnType<typeof createApp>;
  let acmeToken: string;
  let demoCookie: string;
  let acmeCampaign: number;
  const ORIGIN = 'http://localhost';
  const call = (
    path: string,
    init: { method?: string; body?: unknown; token?: string; cookie?: string; form?: FormData } = {},
  ) =>
    app.request(`${ORIGIN}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.cookie ? { cookie: init.cookie, origin: ORIGIN, host: 'localhost' } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const demo = await ensureWorkspace(t.db, 'demo');
    const acme = await ensureWorkspace(t.db, 'acme');
    await storeCreators(t.db, demo.id, [
      creatorRecord({ displayName: 'Ana' }, { handle: 'ana.feet', followers: 31_000 }),
    ]);
    acmeToken = (await createApiToken(t.db, acme.id, 'test')).token;
    runtime = quietRuntime(t.db);
    app = createApp({ db: t.db, config: testConfig(), runtime });
    const login = await app.request(`${ORIGIN}/login/demo`, {
      method: 'POST',
      headers: { origin: ORIGIN, host: 'localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(login.status).toBe(303);
    demoCookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    await call('/api/v1/workspace/domains', { method: 'PUT', token: acmeToken, body: { domains: ['acme.example'] } });
    acmeCampaign = (
      await jsonBody(
        await call('/api/v1/campaigns', {
          method: 'POST',
          token: acmeToken,
          body: { name: 'Acme', destination_url: 'https://acme.example/' },
        }),
      )
    ).id;
  });
  afterEach(async () => {
    await runtime.close();
    await t.close();
  });

  it('stores domains lower-cased and de-duplicated, and names a bad entry with a 400', async () => {
    expect(await jsonBody(await call('/api/v1/workspace/domains', { token: acmeToken }))).toEqual({
      domains: ['acme.example'],
    });
    const set = await call('/api/v1/workspace/domains', {
      method: 'PUT',
      token: acmeToken,
      body: { domains: ['Shop.Example.COM', 'example.com', 'example.com'] },
    });
    expect(set.status).toBe(200);
    expect(await jsonBody(set)).toEqual({ domains: ['example.com', 'shop.example.com'] });
    for (const [bad, reason] of [
      ['https://example.com/shop', 'is a URL'],
      ['exa mple.com', 'invalid label'],
      ['localhost', 'needs a dot'],
      ['10.0.0.1', 'IP address'],
    ]) {
      const res = await call('/api/v1/workspace/domains', {
        method: 'PUT',
        token: acmeToken,
        body: { domains: ['ok.example', bad] },
      });
      expect(res.status, bad).toBe(400);
      const body = await jsonBody(res);
      expect(JSON.stringify(body), bad).toContain(bad);
      expect(JSON.stringify(body), bad).toContain(reason);
      expect(JSON.stringify(body)).toContain('domains.1');
    }
    expect(await jsonBody(await call('/api/v1/workspace/domains', { token: acmeToken }))).toEqual({
      domains: ['example.com', 'shop.example.com'],
    });
  });

  it("creates tracked links only to the workspace's domains and their subdomains", async () => {
    const campaign = (url: string, name: string) =>
      call('/api/v1/campaigns', { method: 'POST', token: acmeToken, body: { name, destination_url: url } });
    expect((await campaign('https://evil.example/', 'evil')).status).toBe(400);
    expect((await campaign('https://acme.example.evil.example/', 'suffix trick')).status).toBe(400);
    expect((await campaign('https://user@evil.example/', 'userinfo')).status).toBe(400);
    expect((await campaign('https://shop.acme.example/new', 'subdomain')).status).toBe(201);
    const enroll = (link_destination: string) =>
      call(`/api/v1/campaigns/${acmeCampaign}/creators`, {
        method: 'POST',
        token: acmeToken,
        body: { creator: 'instagram:ana.feet', link_destination },
      });
    const refused = await enroll('https://evil.example/phish');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await jsonBody(refused))).toContain('link_destination');
    const enrolled = await enroll('https://acme.example/anklets');
    expect(enrolled.status).toBe(201);
    const key = (await jsonBody(enrolled)).link.key as string;
    // The rule holds when the link is followed too: narrow the domains and the link stops redirecting.
    await call('/api/v1/workspace/domains', { method: 'PUT', token: acmeToken, body: { domains: ['other.example'] } });
    expect((await call(`/r/${key}`)).status).toBe(404);
  });

  it('lets the demo session write only its own layer, and nothing shared, foreign or outside its domains', async () => {
    const form = new FormData();
    form.append(
      'file',
      new File(['handle,email,followers\nana.feet,ana@sandbox.example,999k\n'], 'sandbox.csv', { type: 'text/csv' }),
    );
    form.append('platform', 'instagram');
    expect((await call('/api/v1/imports', { method: 'POST', cookie: demoCookie, form })).status).toBe(201);
    const shared = await t.db
      .selectFrom('accounts')
      .innerJoin('creators', 'creators.id', 'accounts.creator_id')
      .select(['accounts.followers', 'creators.email', 'accounts.source'])
      .executeTakeFirstOrThrow();
    expect(shared).toEqual({ followers: 31_000, email: null, source: 'test' });
    const acmeView = await jsonBody(await call('/api/v1/creators?q=ana', { token: acmeToken }));
    expect(acmeView.items[0]).toMatchObject({
      email: null,
      your_data: null,
      accounts: [{ followers: 31_000, your_import: null }],
    });

    const profiles = new FormData();
    profiles.append(
      'file',
      new File(['handle,followers,following\nfan1,10,2000\n'], 'profiles.csv', { type: 'text/csv' }),
    );
    profiles.append('platform', 'instagram');
    expect(
      (await call('/api/v1/imports/profiles', { method: 'POST', cookie: demoCookie, form: profiles })).status,
    ).toBe(403);
    expect(
      (
        await call('/api/v1/workspace/domains', {
          method: 'PUT',
          cookie: demoCookie,
          body: { domains: ['evil.example'] },
        })
      ).status,
    ).toBe(403);
    const demoCampaign = await call('/api/v1/campaigns', {
      method: 'POST',
      cookie: demoCookie,
      body: { name: 'Phish', destination_url: 'https://evil.example/' },
    });
    expect(demoCampaign.status).toBe(400);
    expect((await call(`/api/v1/campaigns/${acmeCampaign}`, { cookie: demoCookie })).status).toBe(404);
    expect((await call(`/api/v1/campaigns/${acmeCampaign}/report`, { cookie: demoCookie })).status).toBe(404);
  });
});

describe('microreach workspace domains set', () => {
  it('stores the validated list and names a bad entry', async () => {
    const cli = cliHarness();
    try {
      const db = cli.openDb();
      const { migrateToLatest } = await import('../../src/storage/migrate.ts');
      await migrateToLatest(db);
      await ensureWorkspace(db, 'acme');
      await db.destroy();
      const ok = await cli.run([
        'workspace',
        'domains',
        'set',
        'Example.com',
        'shop.example.com',
        '--workspace',
        'acme',
      ]);
      expect(ok).toEqual({
        code: 0,
        err: '',
        out: 'Tracked links of acme may point to: example.com, shop.example.com (and their subdomains)',
      });
      const bad = await cli.run(['workspace', 'domains', 'set', 'example.com', 'http://x', '--workspace', 'acme']);
      expect(bad.code).not.toBe(0);
      expect(bad.err).toContain('"http://x" is a URL');
    } finally {
      cli.cleanup();
    }
  });
});
