import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/http/app.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { jsonBody } from '../support/json-body.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe.each(testDialects)('creators API on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let token: string;
  let ids: number[];
  const get = (path: string, auth = true) =>
    app.request(path, { headers: auth ? { authorization: `Bearer ${token}` } : {} });

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const acme = await ensureWorkspace(t.db, 'acme');
    const other = await ensureWorkspace(t.db, 'other');
    token = (await createApiToken(t.db, acme.id, 'test')).token;
    app = createApp({ db: t.db, config: loadConfig({}) });
    ids = await storeCreators(t.db, acme.id, [
      creatorRecord(
        { displayName: 'Ana Anklets' },
        { handle: 'ana.anklets', followers: 31_000, bio: 'barefoot sandals and anklets' },
      ),
      creatorRecord({ displayName: 'Big Ben' }, { handle: 'bigben', followers: 2_500_000 }),
      creatorRecord({ displayName: 'Tiny Tok' }, { platform: 'tiktok', handle: 'tinytok', followers: 4_000 }),
    ]);
    await storeCreators(t.db, other.id, [
      creatorRecord({ displayName: 'Elsewhere' }, { handle: 'elsewhere', followers: 50_000 }),
    ]);
  });
  afterEach(async () => t.close());

  it('refuses requests without a valid token, in the one error format', async () => {
    for (const res of [
      await get('/api/v1/creators', false),
      await app.request('/api/v1/creators', { headers: { authorization: 'Bearer nope' } }),
    ]) {
      expect(res.status).toBe(401);
      expect((await jsonBody(res)).error).toMatchObject({ code: 'unauthorized' });
    }
  });

  it('lists creators biggest first with tiers and paging', async () => {
    const res = await get('/api/v1/creators?per_page=2');
    expect(res.status).toBe(200);
    const body = await jsonBody(res);
    expect(body.total).toBe(4);
    expect(body.total_pages).toBe(2);
    expect(body.items.map((c: { display_name: string }) => c.display_name)).toEqual(['Big Ben', 'Elsewhere']);
    expect(body.items[0].accounts[0]).toMatchObject({
      platform: 'instagram',
      handle: 'bigben',
      tier: 'mega',
      followers: 2_500_000,
    });
  });

  it.each([
    ['platform=tiktok', ['Tiny Tok']],
    ['tier=micro', ['Elsewhere', 'Ana Anklets']],
    ['q=ANKLET', ['Ana Anklets']],
    ['q=sandals', ['Ana Anklets']],
    ['scope=workspace&tier=micro', ['Ana Anklets']],
    ['q=100%25', []],
  ])('filters by %s', async (query, names) => {
    const body = await jsonBody(await get(`/api/v1/creators?${query}`));
    expect(body.items.map((c: { display_name: string }) => c.display_name)).toEqual(names);
  });

  it.each([
    ['tier=huge', 'tier'],
    ['platform=myspace', 'platform'],
    ['per_page=1000', 'per_page'],
    ['colour=red', '(root)'],
  ])('rejects %s with a 400 naming the field', async (query, path) => {
    const res = await get(`/api/v1/creators?${query}`);
    expect(res.status).toBe(400);
    const { error } = await jsonBody(res);
    expect(error.code).toBe('validation_failed');
    expect(error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('returns a creator with history and provenance, and 404 for an unknown one', async () => {
    const res = await get(`/api/v1/creators/${ids[0]}`);
    expect(res.status).toBe(200);
    const body = await jsonBody(res);
    expect(body).toMatchObject({ display_name: 'Ana Anklets', is_demo: false });
    expect(body.accounts[0].follower_history).toEqual([
      { observed_at: '2026-11-01T00:00:00.000Z', followers: 31_000, following: 300, posts_count: 200, source: 'test' },
    ]);
    expect(body.accounts[0].source).toBe('test');
    const missing = await get('/api/v1/creators/999999');
    expect(missing.status).toBe(404);
    expect((await jsonBody(missing)).error.code).toBe('not_found');
  });

  it('answers health without authentication', async () => {
    const res = await app.request('/health');
    expect(res.status).toBe(200);
    expect(await jsonBody(res)).toMatchObject({ status: 'ok', database: { dialect, ok: true } });
  });
});
