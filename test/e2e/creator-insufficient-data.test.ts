// Issue 10 item 6 in the browser: a creator nobody could examine (no posts, one observation) shows
// "Insufficient data" and what is missing on the profile page, never "100/100 Looks genuine".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/start-server.ts';
import { refreshCreatorMetrics } from '../../src/services/vetting/refresh-creator-metrics.ts';
import { connect, type DB } from '../../src/storage/connect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { seedSmallWorld } from '../support/small-world.ts';
import { hasTestData } from '../support/test-data.ts';
import { hasChromium, launchChromium, watchPage } from '../support/browser.ts';

describe.runIf(hasChromium && hasTestData)('creator profile with too little data, in headless Chromium', () => {
  let dir: string;
  let db: DB;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let thinId: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-thin-e2e-'));
    const config = testConfig({ DATABASE_URL: join(dir, 'web.db'), MICROREACH_DATA_DIR: dir });
    db = connect(config.database);
    await migrateToLatest(db);
    const world = await seedSmallWorld(db);
    thinId = (
      await storeCreators(db, world.workspaceId, [creatorRecord({ displayName: 'Theo Thin' }, { handle: 'theo.thin' })])
    )[0]!;
    await refreshCreatorMetrics(db, [thinId]);
    server = await startServer({ db, config }, { host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    problems = watchPage(page, server.url);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says "Insufficient data" and lists what the audience score is missing', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Open the demo workspace' }).click();
    await page.getByRole('heading', { name: 'Discover creators' }).waitFor();
    await page.goto(`${server.url}/creators/${thinId}`);
    await page.getByRole('heading', { name: /Audience authenticity/ }).waitFor();
    const card = page.locator('.authenticity');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Insufficient data');
    expect(text).not.toContain('Looks genuine');
    expect(text).not.toMatch(/\d+\/100/);
    const missing = await page.getByLabel('Insufficient data').locator('li').allTextContents();
    expect(missing.map((m) => m.split(':')[0])).toEqual(['engagement vs tier band', 'follower spikes']);
    expect(problems).toEqual([]);
  });
});
