// Issue 10 item 6 in the browser: a creator nobody could examine (no posts, one observation) shows
// "Insufficient data" and what is missing on the profile page, never "100/100 Looks genuine".
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/start-server.ts';
import { refreshCreatorMetrics } from '../../src/services/vetting/refresh-creator-metrics.ts';
import type { DB } from '../../src/storage/connect.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { seedSmallWorld } from '../support/small-world.ts';
import { hasTestData } from '../support/test-data.ts';
import { browserRig, type BrowserRig, hasChromium } from '../support/browser.ts';

describe.runIf(hasChromium && hasTestData)('creator profile with too little data, in headless Chromium', () => {
  let rig: BrowserRig;
  let db: DB;
  let server: RunningServer;
  let page: Page;
  let problems: string[];
  let thinId: number;

  beforeAll(async () => {
    rig = await browserRig('thin-e2e');
    db = rig.db;
    const world = await seedSmallWorld(db);
    thinId = (
      await storeCreators(db, world.workspaceId, [creatorRecord({ displayName: 'Theo Thin' }, { handle: 'theo.thin' })])
    )[0]!;
    await refreshCreatorMetrics(db, [thinId]);
    ({ server } = await rig.serve());
    ({ page, problems } = await rig.open());
  }, 120_000);
  afterAll(async () => {
    await rig?.close();
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
