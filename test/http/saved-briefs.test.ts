// Saved briefs per workspace over HTTP: saved as typed, replaced by name, listed, deleted; invalid
// briefs are refused with the field at fault; another workspace sees none of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/http/app.ts';
import { savedBriefListSchema } from '../../src/http/schemas/briefs.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe.each(testDialects)('saved briefs on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let tokenA: string;
  let tokenB: string;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    tokenA = (await createApiToken(t.db, (await ensureWorkspace(t.db, 'acme')).id, 'a')).token;
    tokenB = (await createApiToken(t.db, (await ensureWorkspace(t.db, 'other')).id, 'b')).token;
    app = createApp({ db: t.db, config: loadConfig({}) });
  });
  afterAll(async () => t.close());

  const call = async (path: string, init: { method?: string; json?: unknown; token?: string } = {}) => {
    const res = await app.request(path, {
      method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
      headers: { authorization: `Bearer ${init.token ?? tokenA}`, 'content-type': 'application/json' },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, body: (res.status === 204 ? null : await res.json()) as any };
  };

  it("saves, replaces by name, lists, deletes, and keeps each workspace's own", async () => {
    const brief = {
      niche: { keywords: ['anklet'] },
      followers: '25-35k',
      budget_per_post: '£400',
      audience: { countries: ['UK'] },
    };
    const created = await call('/api/v1/briefs', { json: { name: 'Summer anklets', brief } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Summer anklets', brief });
    const replaced = await call('/api/v1/briefs', {
      json: { name: 'Summer anklets', brief: { ...brief, followers: '10k+' } },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.id).toBe(created.body.id);
    const list = await call('/api/v1/briefs');
    expect(savedBriefListSchema.parse(list.body).items.map((b) => [b.name, b.brief.followers])).toEqual([
      ['Summer anklets', '10k+'],
    ]);
    expect((await call('/api/v1/briefs', { token: tokenB })).body.items).toEqual([]);
    expect((await call(`/api/v1/briefs/${created.body.id}`, { method: 'DELETE', token: tokenB })).status).toBe(404);
    expect((await call(`/api/v1/briefs/${created.body.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call('/api/v1/briefs')).body.items).toEqual([]);
  });

  it('refuses a brief that does not parse, naming the field', async () => {
    const bad = await call('/api/v1/briefs', { json: { name: 'Bad', brief: { followers: 'lots' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'brief.followers' });
  });
});
