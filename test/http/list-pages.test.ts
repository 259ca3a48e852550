// Every list route answers the one envelope (items, page, per_page, total, total_pages), with `total`
// counted under the same filter as the items: an enrollment without a tracked link is not a link.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { quietRuntime, testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { jsonBody } from '../support/json-body.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe.each(testDialects)('list pages on %s', (dialect) => {
  let t: TestDatabase;
  let runtime: Runtime;
  let app: ReturnType<typeof createApp>;
  let token: string;
  const get = async (path: string) =>
    jsonBody(await app.request(path, { headers: { authorization: `Bearer ${token}` } }));

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const ws = await ensureWorkspace(t.db, 'acme');
    await setAllowedDomains(t.db, ws.id, ['shop.example']);
    token = (await createApiToken(t.db, ws.id, 'test')).token;
    await storeCreators(
      t.db,
      ws.id,
      ['ana', 'ben', 'cy'].map((h) => creatorRecord({ displayName: h }, { handle: h, followers: 20_000 })),
    );
    runtime = quietRuntime(t.db);
    app = createApp({ db: t.db, config: testConfig(), runtime });
  });
  afterEach(async () => {
    await runtime.close();
    await t.close();
  });

  it('pages the links of a campaign after leaving out enrollments without one', async () => {
    const post = (path: string, body: unknown) =>
      app.request(path, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const campaign = await jsonBody(
      await post('/api/v1/campaigns', { name: 'Anklets', destination_url: 'https://shop.example/' }),
    );
    for (const [handle, code] of [
      ['ana', 'ANA10'],
      ['ben', null],
      ['cy', 'CY10'],
    ] as const) {
      expect(
        (
          await post(`/api/v1/campaigns/${campaign.id}/creators`, {
            creator: `instagram:${handle}`,
            link_key: `${handle}-link`,
            code,
          })
        ).status,
      ).toBe(201);
    }
    await t.db.deleteFrom('tracked_links').where('key', '=', 'ana-link').execute();

    const first = await get(`/api/v1/campaigns/${campaign.id}/links?per_page=1`);
    expect(first).toMatchObject({ page: 1, per_page: 1, total: 2, total_pages: 2 });
    expect(first.items.map((l: { key: string }) => l.key)).toEqual(['ben-link']);
    const all = await get(`/api/v1/campaigns/${campaign.id}/links?per_page=2`);
    expect(all.items.map((l: { key: string }) => l.key)).toEqual(['ben-link', 'cy-link']);
    const codes = await get(`/api/v1/campaigns/${campaign.id}/codes?per_page=1&page=2`);
    expect(codes).toMatchObject({ items: [{ code: 'CY10' }], page: 2, total: 2, total_pages: 2 });
    expect(await get(`/api/v1/campaigns/${campaign.id}/creators?per_page=2`)).toMatchObject({
      total: 3,
      total_pages: 2,
    });
  });

  it.each(['/api/v1/creators', '/api/v1/campaigns', '/api/v1/orders', '/api/v1/imports', '/api/v1/webhook-deliveries'])(
    '%s answers the one envelope',
    async (path) => {
      const body = await get(`${path}?per_page=2`);
      // The creator list adds one documented field: how many demo creators a brand's empty answer left out.
      const extra = path === '/api/v1/creators' ? ['hidden_demo'] : [];
      expect(Object.keys(body).sort()).toEqual([...extra, 'items', 'page', 'per_page', 'total', 'total_pages'].sort());
      expect(body.total_pages).toBe(Math.ceil(body.total / 2));
    },
  );
});
