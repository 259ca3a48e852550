// /health says where the discovery index is: building (discovery is answered 503 "warming up, N %";
// clicks and webhooks are served, so the status stays "ok"), then ready with its accounts and data revision.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { engineHolder, warmingUp } from '../../src/search-index/engine-holder.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { quietRuntime, testConfig } from '../support/commerce.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe.each(testDialects)('/health and the discovery index on %s', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
  });
  afterEach(async () => t.close());

  it('reports building, then ready with accounts and revision, and stays ok meanwhile', async () => {
    const config = testConfig();
    const discovery = engineHolder(t.db, { background: true });
    const app = createApp({ db: t.db, config, runtime: quietRuntime(t.db, config), discovery });
    const first = await app.request('/health');
    expect(first.status).toBe(200);
    expect(((await first.json()) as { discovery_index: { state: string } }).discovery_index.state).toMatch(
      /^(building|ready)$/,
    );
    const engine = await discovery.ready();
    const res = await app.request('/health');
    expect(await res.json()).toMatchObject({
      status: 'ok',
      discovery_index: { state: 'ready', accounts: engine.index.live, revision: engine.revision, source: 'database' },
    });
  });

  it('answers a discovery asked while the index builds with 503, how far it is, and when to ask again', async () => {
    const config = testConfig();
    const building = { state: 'building', step: 'reading_database', accounts: 420_000, total: 1_000_000 } as const;
    const discovery = Object.assign(async () => Promise.reject(warmingUp({ ...building } as never)), {});
    const app = createApp({ db: t.db, config, runtime: quietRuntime(t.db, config), discovery });
    const { token } = await createApiToken(t.db, (await ensureWorkspace(t.db, 'acme')).id, 'test');
    const res = await app.request('/api/v1/discover', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', host: 'localhost' },
      body: JSON.stringify({ limit: 5 }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.json()).toMatchObject({
      error: {
        code: 'unavailable',
        message: 'The discovery index is warming up: 42 % (420,000 of 1,000,000 accounts). Try again in a few seconds.',
      },
    });
  });
});
