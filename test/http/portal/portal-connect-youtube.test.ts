// Connecting YouTube from the portal through Google OAuth, against the replayed documented exchanges (SQLite and
// Postgres): PKCE + access_type=offline; access and refresh tokens sealed; her channel and latest videos stored in
// the shared layer; her audience from YouTube Analytics verified for the brand; the connection.refresh job renews
// the token, and with too few viewers her audience stays as it was while the portal and the job say why; disconnect
// revokes the grant at Google and deletes it here. Without the Analytics scope her audience stays estimated and the
// portal says how to fix it. The replay server refuses a code used twice and malformed Analytics requests with
// Google's error bodies.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { open } from '../../../src/core/crypto/secret-box.ts';
import type { createApp } from '../../../src/http/app.ts';
import { runDueJobs } from '../../../src/services/jobs/run-due-jobs.ts';
import { refreshConnectionJob } from '../../../src/services/connections/refresh-connection-job.ts';
import { TEST_SECRET_KEY } from '../../support/commerce.ts';
import { creatorRecord } from '../../support/factories.ts';
import { googleEnv, startGoogleProvider, type GoogleProviderServer } from '../../support/oauth-provider-servers.ts';
import { connectWorld, type ConnectWorld } from '../../support/connect-world.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const APP = {
  clientId: '1234567890-abc.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-test',
  redirectUri: 'http://localhost/oauth/youtube/callback',
};
const KEY = Buffer.from(TEST_SECRET_KEY, 'hex');

describe.each(testDialects)('connecting YouTube from the portal on %s', (dialect) => {
  let t: TestDatabase;
  let google: GoogleProviderServer;
  let app: ReturnType<typeof createApp>;
  let world: ConnectWorld;
  let env: Record<string, string>;
  let portal: string;

  const api = (path: string, body?: unknown) => world.api(path, body);
  const form = (path: string) => world.form(path);

  const connect = async () => {
    const start = await form(`${portal}/connect/youtube`);
    const authorize = new URL(start.headers.get('location')!);
    const back = new URL((await fetch(authorize, { redirect: 'manual' })).headers.get('location')!);
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0]!;
    const done = await app.request(`${back.pathname}${back.search}`, { headers: { host: 'localhost', cookie } });
    return { authorize, back, cookie, done };
  };
  const vetting = async () => {
    const account = await t.db.selectFrom('accounts').select('creator_id').executeTakeFirstOrThrow();
    return (await (await api(`/api/v1/creators/${account.creator_id}/vetting`)).json()) as {
      audience: {
        source: string | null;
        dimensions: Record<string, { origin: string; sample_size: number | null; segments: unknown[] }>;
      };
    };
  };
  const portalPage = async () => (await app.request(portal, { headers: { host: 'localhost' } })).text();

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    google = await startGoogleProvider(APP);
    env = googleEnv(google.origin, APP);
    world = await connectWorld(t.db, env, [
      {
        record: creatorRecord(
          { displayName: 'Ana' },
          { platform: 'youtube', handle: 'ana.anklets', followers: 23_000 },
        ),
        ref: 'youtube:ana.anklets',
      },
    ]);
    app = world.app;
    portal = await world.portalOf('youtube:ana.anklets');
  });
  afterEach(async () => {
    await google.close();
    await t.close();
  });

  it('connects with PKCE and offline access, stores her channel, refreshes, and revokes on disconnect', async () => {
    const { authorize, back, cookie, done } = await connect();
    expect(authorize.searchParams.get('access_type')).toBe('offline');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('scope')!.split(' ')).toContain(
      'https://www.googleapis.com/auth/yt-analytics.readonly',
    );
    expect(done.headers.get('location')).toBe(`${portal}#connections`);

    const row = await t.db.selectFrom('creator_connections').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      provider: 'youtube',
      account_handle: 'ana.anklets',
      account_external_id: 'UCa1b2c3d4e5f6g7h8i9j0kL',
    });
    const refresh = open(KEY, row.refresh_ciphertext!, `connection:${row.id}:youtube:refresh`);
    expect(refresh).toMatch(/^1\/\//);
    const account = await t.db
      .selectFrom('accounts')
      .select(['id', 'followers', 'external_id'])
      .where('platform', '=', 'youtube')
      .executeTakeFirstOrThrow();
    expect(account).toMatchObject({ followers: 24_100, external_id: 'UCa1b2c3d4e5f6g7h8i9j0kL' });
    const posts = await t.db.selectFrom('posts').select('external_id').where('account_id', '=', account.id).execute();
    expect(posts.map((p) => p.external_id).sort()).toEqual(['aNa1kLetS01', 'aNa1kLetS02']);
    // Her audience from YouTube Analytics is verified for the brand: age × gender shares and views by country.
    const verified = await vetting();
    expect(verified.audience.source).toBe('verified');
    expect(verified.audience.dimensions.age_gender).toMatchObject({
      origin: 'youtube_analytics:viewerPercentage',
      sample_size: null,
    });
    expect(verified.audience.dimensions.country).toMatchObject({
      origin: 'youtube_analytics:views',
      sample_size: 63_050,
    });
    const page = await portalPage();
    expect(page).toContain('YouTube: connected as @ana.anklets');
    expect(page).toContain('Your audience is verified from your YouTube insights (63,050 views counted).');
    expect(page).not.toContain('data-audience-note');

    // The refresh grant keeps Google's refresh token (Google issues none on refresh) and seals the new access token.
    // This time YouTube has too few viewers to report: her audience stays as it was, and the portal says why.
    // The durable job runs it; its result names the note too.
    google.next.fewViewers = true;
    const job = await t.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'connection.refresh')
      .executeTakeFirstOrThrow();
    await runDueJobs(t.db, [refreshConnectionJob({ key: () => KEY, connections: loadConfig(env).connections })], {
      now: new Date(Date.parse(job.run_at) + 1000),
      worker: 'test',
    });
    const ran = await t.db.selectFrom('jobs').select('result').where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(JSON.parse(ran.result!)).toMatchObject({
      refreshed: true,
      audienceNote: expect.stringContaining('too few viewers'),
    });
    const renewed = await t.db.selectFrom('creator_connections').selectAll().executeTakeFirstOrThrow();
    expect(open(KEY, renewed.refresh_ciphertext!, `connection:${row.id}:youtube:refresh`)).toBe(refresh);
    expect(google.exchanges.filter((e) => e.path === '/token').map((e) => e.status)).toEqual([200, 200]);
    expect(google.exchanges.filter((e) => e.path === '/v2/reports').map((e) => e.status)).toEqual([200, 200, 200, 200]);
    expect((await vetting()).audience).toEqual(verified.audience);
    expect(renewed.audience_note).toMatch(/^YouTube reports no age and gender and no country of your viewers for /);
    expect(await portalPage()).toContain('(too few viewers to show), so that part of your audience stays as it was.');

    // Google's documented refusals of malformed Analytics requests.
    const [live] = [...google.validTokens];
    const reports = (query: string, authorization?: string) =>
      fetch(`${google.origin}/v2/reports?${query}`, { headers: authorization ? { authorization } : {} });
    const full = 'ids=channel%3D%3DMINE&startDate=2026-09-06&endDate=2026-12-04&metrics=views&dimensions=country';
    const anonymous = await reports(full);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 401, errors: [{ reason: 'required' }] } });
    expect((await reports(full, 'Bearer ya29.not-issued')).status).toBe(401);
    const undated = await reports(full.replace('&startDate=2026-09-06', ''), `Bearer ${live}`);
    expect(undated.status).toBe(400);
    expect(await undated.json()).toMatchObject({
      error: { code: 400, message: 'Required parameter: startDate', status: 'INVALID_ARGUMENT' },
    });
    expect((await reports(full.replace('metrics=views', 'metrics='), `Bearer ${live}`)).status).toBe(400);
    expect((await reports(full.replace('MINE', 'UCsomeoneElse00000000000'), `Bearer ${live}`)).status).toBe(400);

    await form(`${portal}/connections/youtube/disconnect`);
    expect(google.revoked).toEqual([refresh]);
    expect(await t.db.selectFrom('creator_connections').selectAll().execute()).toEqual([]);

    // Google's documented refusal of a code used twice.
    const again = await app.request(`${back.pathname}${back.search}`, { headers: { host: 'localhost', cookie } });
    expect(again.status).toBe(400); // the state was used: refused before any exchange
    const reused = await fetch(`${google.origin}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: APP.clientId,
        client_secret: APP.clientSecret,
        grant_type: 'authorization_code',
        code: back.searchParams.get('code')!,
        redirect_uri: APP.redirectUri,
        code_verifier: 'x'.repeat(43),
      }),
    });
    expect(reused.status).toBe(400);
    expect(await reused.json()).toEqual({ error: 'invalid_grant', error_description: 'Bad Request' });
  });

  it('keeps her audience estimated when she does not allow YouTube Analytics, and tells her how to fix it', async () => {
    google.next.ungranted = ['https://www.googleapis.com/auth/yt-analytics.readonly'];
    const { done } = await connect();
    expect(done.headers.get('location')).toBe(`${portal}#connections`);
    expect((await vetting()).audience.source).not.toBe('verified');
    const page = await portalPage();
    expect(page).toContain('Your audience is still estimated');
    expect(page).toContain('You did not allow microreach to see your YouTube Analytics');
    // The grant names its scopes, so no Analytics request is made; Google would refuse it (403).
    expect(google.exchanges.some((e) => e.path === '/v2/reports')).toBe(false);
    const [token] = [...google.validTokens];
    const refused = await fetch(
      `${google.origin}/v2/reports?ids=channel%3D%3DMINE&startDate=2026-09-06&endDate=2026-12-04&metrics=views&dimensions=country`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { errors: [{ reason: 'insufficientPermissions' }] } });
  });
});
