// Connecting Instagram from the portal, end to end through the app against the replayed Instagram Login exchanges
// (SQLite and Postgres): her link → the provider → the callback; tokens sealed; her profile, media and follower
// demographics stored in the shared layer, so the brand's vetting report says *verified*; the token renewed by the
// durable job; disconnect. Refused: a forged, reused or other-browser state, a denial, an account that is not hers,
// and malformed requests at the replay server itself (with Instagram's documented error body).
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { open } from '../../../src/core/crypto/secret-box.ts';
import type { createApp } from '../../../src/http/app.ts';
import { refreshConnectionJob } from '../../../src/services/connections/refresh-connection-job.ts';
import { runDueJobs } from '../../../src/services/jobs/run-due-jobs.ts';
import { loadConfig } from '../../../src/config.ts';
import { TEST_SECRET_KEY } from '../../support/commerce.ts';
import { creatorRecord } from '../../support/factories.ts';
import { instagramEnv, startInstagramProvider, type ProviderServer } from '../../support/oauth-provider-servers.ts';
import { connectWorld, type ConnectWorld } from '../../support/connect-world.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';
import { viewAfter } from '../../support/portal-notice.ts';

const APP = {
  clientId: '990602627938098',
  clientSecret: 'ig-app-secret',
  redirectUri: 'http://localhost/oauth/instagram/callback',
};
const KEY = Buffer.from(TEST_SECRET_KEY, 'hex');

describe.each(testDialects)('connecting Instagram from the portal on %s', (dialect) => {
  let t: TestDatabase;
  let ig: ProviderServer;
  let app: ReturnType<typeof createApp>;
  let world: ConnectWorld;
  let _campaignId: number;
  let env: Record<string, string>;
  const api = (path: string, body?: unknown) => world.api(path, body);
  const form = (path: string) => world.form(path);
  const portalOf = (creator: string) => world.portalOf(creator);
  /** Her button → the provider (which answers at once) → the callback URL it sends her back to, and her cookie. */
  const toProvider = async (portal: string) => {
    const start = await form(`${portal}/connect/instagram`);
    expect(start.status).toBe(303);
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(cookie).toMatch(/^mr_connect=[0-9a-f]{64}$/);
    const authorize = new URL(start.headers.get('location')!);
    const back = await fetch(authorize, { redirect: 'manual' });
    expect(back.status).toBe(302);
    const callback = new URL(back.headers.get('location')!);
    return { authorize, callback, cookie };
  };
  const callback = (url: URL, cookie: string) =>
    app.request(`${url.pathname}${url.search}`, { headers: { host: 'localhost', cookie } });
  const connect = async (portal: string) => {
    const { callback: url, cookie } = await toProvider(portal);
    return callback(url, cookie);
  };
  const creatorId = async (handle: string) =>
    Number(
      (await t.db.selectFrom('accounts').select('creator_id').where('handle', '=', handle).executeTakeFirstOrThrow())
        .creator_id,
    );

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    ig = await startInstagramProvider(APP);
    env = instagramEnv(ig.origin, APP);
    world = await connectWorld(t.db, env, [
      {
        record: creatorRecord({ displayName: 'Ana' }, { handle: 'ana.anklets', followers: 31_000 }),
        ref: 'instagram:ana.anklets',
      },
      {
        record: creatorRecord({ displayName: 'Bea' }, { handle: 'bea.beach', followers: 18_000 }),
        ref: 'instagram:bea.beach',
      },
    ]);
    app = world.app;
    _campaignId = world.campaignId;
  });
  afterEach(async () => {
    await ig.close();
    await t.close();
  });

  it('connects: PKCE to the provider, tokens sealed, her audience verified for the brand; renewed; disconnected', async () => {
    const portal = await portalOf('instagram:ana.anklets');
    const before = await (await app.request(portal, { headers: { host: 'localhost' } })).text();
    expect(before).toContain('action="' + portal + '/connect/instagram"');
    expect(before).toContain('YouTube</strong><br><span class="muted">Not available here yet.');

    const { authorize, callback: back, cookie } = await toProvider(portal);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: APP.clientId,
      redirect_uri: APP.redirectUri,
      response_type: 'code',
      code_challenge_method: 'S256',
    });
    const done = await callback(back, cookie);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${portal}#connections`);
    expect(ig.exchanges.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
      'GET /oauth/authorize 302',
      'POST /oauth/access_token 200',
      'GET /access_token 200',
      'GET /v21.0/me 200',
      'GET /v21.0/me/media 200',
      'GET /v21.0/17841405822304914/insights 200',
      'GET /v21.0/17841405822304914/insights 200',
      'GET /v21.0/17841405822304914/insights 200',
    ]);

    // Sealed at rest: the stored text is not the token, and opens (with the installation key) to the live one.
    const row = await t.db.selectFrom('creator_connections').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      provider: 'instagram',
      account_handle: 'ana.anklets',
      account_external_id: '17841405822304914',
    });
    const [live] = [...ig.validTokens];
    expect(row.access_ciphertext).not.toContain(live!);
    expect(open(KEY, row.access_ciphertext, `connection:${row.id}:instagram:access`)).toBe(live);

    // The brand sees her audience verified, from her connected insights; the page tells her so.
    const id = await creatorId('ana.anklets');
    const vetting = (await (await api(`/api/v1/creators/${id}/vetting`)).json()) as {
      audience: { source: string; dimensions: { country?: { origin: string; sample_size: number } } };
    };
    expect(vetting.audience.source).toBe('verified');
    expect(vetting.audience.dimensions.country).toMatchObject({
      origin: 'instagram_graph:follower_demographics',
      sample_size: 29_400,
    });
    const after = await (await viewAfter(app, done)).text();
    expect(after).toContain('Your account is connected.');
    expect(after).toContain('Instagram: connected as @ana.anklets');
    expect(after).toContain('Your audience is verified from your Instagram insights (29,400 followers counted).');
    expect(after).not.toContain(live!);

    // The durable job renews the token (ig_refresh_token) and reads her account again with the new one.
    const job = await t.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'connection.refresh')
      .executeTakeFirstOrThrow();
    const config = loadConfig(env);
    await runDueJobs(t.db, [refreshConnectionJob({ key: () => KEY, connections: config.connections })], {
      now: new Date(Date.parse(job.run_at) + 1000),
      worker: 'test',
    });
    expect(ig.exchanges.filter((e) => e.path === '/refresh_access_token')).toEqual([
      { method: 'GET', path: '/refresh_access_token', status: 200 },
    ]);
    const renewed = await t.db.selectFrom('creator_connections').selectAll().executeTakeFirstOrThrow();
    expect(open(KEY, renewed.access_ciphertext, `connection:${row.id}:instagram:access`)).not.toBe(live);
    expect(renewed.refreshed_at).not.toBeNull();
    expect(
      await t.db.selectFrom('jobs').select('status').where('kind', '=', 'connection.refresh').execute(),
    ).toHaveLength(2);

    // Disconnect: Instagram documents no revocation, so the token is deleted here and never used again.
    const gone = await form(`${portal}/connections/instagram/disconnect`);
    expect(gone.headers.get('location')).toBe(`${portal}#connections`);
    expect(await (await viewAfter(app, gone)).text()).toContain('Your account is disconnected.');
    expect(await t.db.selectFrom('creator_connections').selectAll().execute()).toEqual([]);
  });

  it('refuses a forged, reused or other-browser state, and a state started from another creator’s link', async () => {
    const portal = await portalOf('instagram:ana.anklets');
    const { callback: back, cookie } = await toProvider(portal);

    const forged = new URL(back);
    forged.searchParams.set('state', 'A'.repeat(43));
    const forgedCookie = `mr_connect=${createHash('sha256').update('A'.repeat(43)).digest('hex')}`;
    expect((await callback(forged, forgedCookie)).status).toBe(400);
    expect((await callback(back, 'mr_connect=' + '0'.repeat(64))).status).toBe(400); // another browser
    expect((await callback(back, cookie)).status).toBe(303);
    expect((await callback(back, cookie)).status).toBe(400); // used once
    expect(ig.exchanges.filter((e) => e.path === '/oauth/access_token')).toHaveLength(1);

    // Bea's link can only connect Bea: Ana's Instagram login on Bea's link is refused, nothing stored for either.
    await t.db.deleteFrom('creator_connections').execute();
    const bea = await portalOf('instagram:bea.beach');
    const mismatch = await connect(bea);
    expect(mismatch.headers.get('location')).toBe(`${bea}#connections`);
    expect(await t.db.selectFrom('creator_connections').selectAll().execute()).toEqual([]);
    const page = await (await viewAfter(app, mismatch)).text();
    expect(page).toContain('The account you connected is not the one the brand knows as yours');
  });

  it('a denial connects nothing; the replay server refuses malformed requests with Instagram’s error body', async () => {
    const portal = await portalOf('instagram:ana.anklets');
    ig.next.deny = true;
    const denied = await connect(portal);
    expect(denied.headers.get('location')).toBe(`${portal}#connections`);
    expect(await (await viewAfter(app, denied)).text()).toContain('You did not allow the access');
    expect(await t.db.selectFrom('creator_connections').selectAll().execute()).toEqual([]);

    const noPkce = new URL(`${ig.origin}/oauth/authorize`);
    for (const [k, v] of Object.entries({
      client_id: APP.clientId,
      redirect_uri: APP.redirectUri,
      response_type: 'code',
      scope: 'instagram_business_basic',
    }))
      noPkce.searchParams.set(k, v);
    const refused = await fetch(noPkce, { redirect: 'manual' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error_type: 'OAuthException', code: 400 });
    const badCode = await fetch(`${ig.origin}/oauth/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: APP.clientId,
        client_secret: APP.clientSecret,
        grant_type: 'authorization_code',
        redirect_uri: APP.redirectUri,
        code: 'nope',
        code_verifier: 'x'.repeat(43),
      }),
    });
    expect(await badCode.json()).toEqual({
      error_type: 'OAuthException',
      code: 400,
      error_message: 'Matching code was not found or was already used',
    });
  });
});
