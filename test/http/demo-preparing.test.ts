// While `serve` fills an empty database with the demo in the background, the sign-in page shows how far
// it is and the demo button waits: nobody opens a half-written demo workspace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/http/app.ts';
import type { DemoGrowth, DemoPreparation } from '../../src/services/demo/demo-preparation.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { quietRuntime } from '../support/commerce.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

describe('sign-in page while the demo is being prepared', () => {
  let t: TestDatabase;
  let preparing: DemoPreparation | undefined;
  let growing: DemoGrowth | undefined;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    // The generator creates the demo workspace first, then fills it.
    await ensureWorkspace(t.db, 'demo');
    app = createApp({
      db: t.db,
      config: loadConfig({}),
      runtime: quietRuntime(t.db),
      demoProgress: () => preparing,
      demoGrowth: () => growing,
    });
  });
  afterAll(async () => t.close());

  const demoLogin = () =>
    app.request('/login/demo', {
      method: 'POST',
      body: '',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost', host: 'localhost' },
    });

  it('shows the progress and refuses the demo until it is ready, then offers it', async () => {
    preparing = { phase: 'metrics', done: 1_200, total: 3_000 };
    const page = await (await app.request('/login')).text();
    expect(page).toContain('Preparing the demo workspace');
    expect(page).toContain('computing vetting numbers: 1,200 of 3,000');
    expect(page).not.toContain('Open the demo workspace');
    const refused = await demoLogin();
    expect(refused.status).toBe(503);
    expect(await refused.text()).toContain('still being prepared');

    preparing = undefined;
    const ready = await (await app.request('/login')).text();
    expect(ready).not.toContain('Preparing the demo workspace');
    expect(ready).toContain('Open the demo workspace');
    expect((await demoLogin()).status).toBe(303);
  });

  it('offers the demo while the rest of the world grows, and says so on the page and in /health', async () => {
    preparing = undefined;
    growing = { phase: 'creators', done: 900, total: 3_000 };
    const page = await (await app.request('/login')).text();
    expect(page).toContain('Open the demo workspace');
    expect(page).toContain('More demo creators are being added in the background (creators: 900 of 3,000)');
    expect((await demoLogin()).status).toBe(303);
    const health = (await (await app.request('/health')).json()) as { demo_world?: unknown };
    expect(health.demo_world).toEqual({ state: 'growing', phase: 'creators', done: 900, total: 3_000 });
    growing = undefined;
    expect(await (await app.request('/login')).text()).not.toContain('More demo creators');
  });
});
