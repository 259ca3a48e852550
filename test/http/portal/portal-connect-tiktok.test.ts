// Connecting TikTok from the portal (Login Kit v2 + Display API), against the replayed documented exchanges (SQLite
// and Postgres): client_key instead of client_id on every leg (the replay server refuses client_id), PKCE, tokens
// sealed, her profile and videos stored in the shared layer, the rotated refresh token kept, revocation on disconnect.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { open } from '../../../src/core/crypto/secret-box.ts';
import type { createApp } from '../../../src/http/app.ts';
import { connectionClients } from '../../../src/services/connections/connection-clients.ts';
import { syncConnection } from '../../../src/services/connections/sync-connection.ts';
import { TEST_SECRET_KEY } from '../../support/commerce.ts';
import { creatorRecord } from '../../support/factories.ts';
import { startTikTokProvider, tiktokEnv, type GoogleProviderServer } from '../../support/oauth-provider-servers.ts';
import { connectWorld, type ConnectWorld } from '../../support/connect-world.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const APP = {
  clientId: 'awx1example2key',
  clientSecret: 'tiktok-secret',
  redirectUri: 'http://localhost/oauth/tiktok/callback',
};
const KEY = Buffer.from(TEST_SECRET_KEY, 'hex');

describe.each(testDialects)('connecting TikTok from the portal on %s', (dialect) => {
  let t: TestDatabase;
  let google: GoogleProviderServer;
  let app: ReturnType<typeof createApp>;
  let world: ConnectWorld;
  let env: Record<string, string>;
  let portal: string;

  const form = (path: string) => world.form(path);

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    google = await startTikTokProvider(APP);
    env = tiktokEnv(google.origin, APP);
    world = await connectWorld(t.db, env, [
      {
        record: creatorRecord({ displayName: 'Ana' }, { platform: 'tiktok', handle: 'ana_feet', followers: 80_000 }),
        ref: 'tiktok:ana_feet',
      },
    ]);
    app = world.app;
    portal = await world.portalOf('tiktok:ana_feet');
  });
  afterEach(async () => {
    await google.close();
    await t.close();
  });

  it('connects with client_key and PKCE, stores her profile and videos, rotates the refresh token, revokes', async () => {
    const start = await form(`${portal}/connect/tiktok`);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.searchParams.get('client_key')).toBe(APP.clientId);
    expect(authorize.searchParams.has('client_id')).toBe(false);
    const back = new URL((await fetch(authorize, { redirect: 'manual' })).headers.get('location')!);
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0]!;
    const done = await app.request(`${back.pathname}${back.search}`, { headers: { host: 'localhost', cookie } });
    expect(done.headers.get('location')).toBe(`${portal}#connections`);

    const row = await t.db.selectFrom('creator_connections').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      provider: 'tiktok',
      account_handle: 'ana_feet',
      account_external_id: '723f24d7-e717-40f8-a2b6-cb8464cd23b4',
    });
    expect(row.refresh_expires_at).not.toBeNull();
    const refresh = open(KEY, row.refresh_ciphertext!, `connection:${row.id}:tiktok:refresh`);
    const account = await t.db
      .selectFrom('accounts')
      .select(['id', 'followers'])
      .where('platform', '=', 'tiktok')
      .executeTakeFirstOrThrow();
    expect(account.followers).toBe(88_000);
    const posts = await t.db.selectFrom('posts').select('external_id').where('account_id', '=', account.id).execute();
    expect(posts.length).toBeGreaterThan(0);
    // TikTok gives her token no audience demographics: the portal says her audience stays estimated, and why.
    const page = await (await app.request(portal, { headers: { host: 'localhost' } })).text();
    expect(page).toContain('Your audience is still estimated');
    expect(page).toContain(
      'TikTok does not share who your followers are (age, gender, country) with apps like this one',
    );

    // TikTok rotates refresh tokens: the new one is kept (the old one no longer works at TikTok).
    const client = connectionClients(loadConfig(env).connections).tiktok!;
    await syncConnection(t.db, KEY, client, Number(row.id), new Date(), { forceRefresh: true });
    const renewed = await t.db.selectFrom('creator_connections').selectAll().executeTakeFirstOrThrow();
    expect(open(KEY, renewed.refresh_ciphertext!, `connection:${row.id}:tiktok:refresh`)).not.toBe(refresh);

    await form(`${portal}/connections/tiktok/disconnect`);
    expect(google.revoked).toHaveLength(1);
    expect(await t.db.selectFrom('creator_connections').selectAll().execute()).toEqual([]);

    // TikTok's documented refusal of a request naming client_id instead of client_key.
    const wrong = await fetch(`${google.origin}/v2/oauth/token/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: APP.clientId,
        client_secret: APP.clientSecret,
        grant_type: 'authorization_code',
        code: 'x',
      }),
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client', log_id: expect.any(String) });
  });
});
