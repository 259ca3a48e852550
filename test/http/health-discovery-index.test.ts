// /health says where the discovery index is: building (discovery waits; clicks and webhooks do not,
// so the status stays "ok"), then ready with its accounts and data revision.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { engineHolder } from '../../src/search-index/engine-holder.ts';
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
    const discovery = engineHolder(t.db, { startNow: true });
    const app = createApp({ db: t.db, config, runtime: quietRuntime(t.db, config), discovery });
    const first = await app.request('/health');
    expect(first.status).toBe(200);
    expect(((await first.json()) as { discovery_index: { state: string } }).discovery_index.state).toMatch(
      /^(building|ready)$/,
    );
    const engine = await discovery();
    const res = await app.request('/health');
    expect(await res.json()).toMatchObject({
      status: 'ok',
      discovery_index: { state: 'ready', accounts: engine.index.live, revision: engine.revision, source: 'database' },
    });
  });
});
