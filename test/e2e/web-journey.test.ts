// The marketer's journey in a real headless Chromium against a running server: sign in with the demo
// button, fill the brief, read the results, open a creator (and a suspicious one), add the creator to
// a new campaign, then signed Shopify webhooks arrive with her code and the campaign page shows the
// ROAS. Screenshots of each main page go to test-results/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/start-server.ts';
import type { DB } from '../../src/storage/connect.ts';
import { connectShopify, shopifyHeaders, shopifyOrder, shopifyRefund } from '../support/commerce.ts';
import { seedSmallWorld, type SmallWorld } from '../support/small-world.ts';
import { hasTestData } from '../support/test-data.ts';
import { browserRig, type BrowserRig, hasChromium, screenshot } from '../support/browser.ts';

describe.runIf(hasChromium && hasTestData)('web app journey in headless Chromium', () => {
  let rig: BrowserRig;
  let db: DB;
  let world: SmallWorld;
  let server: RunningServer;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    rig = await browserRig('web-e2e');
    db = rig.db;
    world = await seedSmallWorld(db);
    await connectShopify(db, world.workspaceId);
    ({ server } = await rig.serve());
    ({ page, problems } = await rig.open());
  }, 120_000);
  afterAll(async () => {
    await rig?.close();
  });

  it('signs in through the demo button and lands on Discover with the demo brief', async () => {
    await page.goto(server.url);
    expect(page.url()).toBe(`${server.url}/login`);
    await screenshot(page, '01-sign-in');
    await page.getByRole('button', { name: 'Open the demo workspace' }).click();
    await page.getByRole('heading', { name: 'Discover creators' }).waitFor();
    await expect.poll(() => page.getByLabel('Keywords').inputValue()).toBe('anklet, barefoot sandals, foot model');
    await page.locator('.results-table').waitFor();
  });

  it('finds creators for the brief, each with its fit components, price and explanation', async () => {
    const brief = page.getByRole('form', { name: 'Brief' });
    await brief.getByLabel('Keywords').fill('anklet, barefoot sandals, foot model');
    await brief.getByLabel('Hashtags').fill('anklets');
    await brief.getByLabel('Min followers').fill('25000');
    await brief.getByLabel('Max followers').fill('35000');
    await brief.getByLabel('Countries').fill('GB, US');
    await brief.getByLabel('Min authenticity').fill('60');
    await brief.getByLabel('Max sponsored %').fill('30');
    await brief.getByLabel('Amount').fill('400');
    await brief.getByRole('button', { name: 'Find creators' }).click();
    const rows = page.locator('.results-table tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    await expect.poll(() => rows.first().locator('.creator-link').textContent()).toBe('Anna Anklets');
    const first = rows.first();
    expect(await first.textContent()).toContain('niche match');
    expect(await first.locator('.fitbar').count()).toBe(7);
    expect(await first.textContent()).toMatch(/£\d+–£\d+/);
    // Every number explains itself on hover.
    await first.locator('.score').hover();
    await expect.poll(() => first.locator('.tip').first().isVisible()).toBe(true);
    expect(await first.locator('.tip').first().textContent()).toContain('Fit score = weighted mean of the components');
    expect(await page.locator('.results').textContent()).not.toContain('Bea Bought');
    await screenshot(page, '02-discover-demo-brief');
  });

  it('shows the creators the thresholds left out, and why one is suspicious', async () => {
    await page.getByRole('button', { name: 'Show them too' }).click();
    const bea = page.locator('.results-table tbody tr', { hasText: 'Bea Bought' });
    await bea.waitFor();
    expect(await bea.textContent()).toContain('suspicious audience');
    await bea.getByRole('link', { name: 'Bea Bought' }).click();
    await page.getByRole('heading', { name: /Audience authenticity/ }).waitFor();
    const card = page.locator('.authenticity');
    expect(await card.textContent()).toContain('Suspicious');
    const reasons = await page.getByRole('list', { name: 'Reasons' }).textContent();
    expect(reasons).toContain('Follower spike');
    expect(reasons).toContain('Mass following');
    // The spike is on the follower chart with its size.
    expect(await page.locator('.spike-mark').count()).toBe(1);
    expect(await page.locator('.spike-label').textContent()).toMatch(/^\+\d+ %$/);
    await page.locator('.spike-mark').hover();
    expect(await page.locator('.chart-tip').textContent()).toContain('Unexplained');
    await screenshot(page, '04-creator-suspicious-bought-bea');
    await page.goBack();
    await page.locator('.results-table').waitFor();
  });

  it('opens a creator profile with charts, badges and formulas', async () => {
    await page.getByRole('link', { name: 'Anna Anklets' }).first().click();
    await page.getByRole('heading', { name: 'Anna Anklets' }).waitFor();
    expect(await page.locator('.authenticity').textContent()).toContain('Looks genuine');
    expect(await page.getByRole('img', { name: /^Followers over 90 observations/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /^Engagement rate of 18 posts/ }).count()).toBe(1);
    expect(await page.locator('.bar.sponsored').count()).toBe(3);
    expect(await page.locator('.median line').count()).toBe(1);
    expect(await page.locator('.audience-dim .badge.verified').count()).toBe(2);
    expect(await page.locator('.audience-dim').first().textContent()).toContain('sample 30,400');
    const er = page.locator('table.kv tr', { hasText: 'er_followers' }).locator('.num-tip').first();
    await er.hover();
    expect(await er.locator('.tip').textContent()).toContain('(likes + comments) / followers at post time');
    await page.locator('.bar.sponsored').first().hover();
    expect(await page.locator('.chart-tip').textContent()).toContain('Evidence: #ad');
    expect(await page.locator('section', { hasText: 'Fair price range' }).last().textContent()).toContain(
      '1 USD = 0.79 GBP',
    );
    expect(await page.textContent('main')).not.toMatch(/Infinity|NaN|undefined/);
    await screenshot(page, '03-creator-profile-anklet-anna');
  });

  let campaignUrl: string;
  it('adds the creator to a new campaign with a tracked link and a code', async () => {
    await page.getByRole('button', { name: 'Add to campaign' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Campaign').selectOption('new');
    await dialog.getByLabel('Name').fill('E2E summer anklets');
    await dialog.getByLabel(/Product page/).fill('https://demo-shop.example/anklets');
    await dialog.getByLabel(/^Fee/).fill('150');
    expect(await dialog.getByLabel('Discount code').inputValue()).toBe('ANKLETANNA10');
    await screenshot(page, '05-add-to-campaign');
    await dialog.getByRole('button', { name: 'Add to campaign' }).click();
    await dialog.getByRole('link', { name: 'E2E summer anklets' }).click();
    await page.getByRole('heading', { name: 'E2E summer anklets' }).waitFor();
    campaignUrl = page.url();
    const row = page.getByTestId('enrollment-anklet.anna');
    await row.waitFor();
    expect(await row.textContent()).toContain('ANKLETANNA10');
    expect(await row.locator('code.link').textContent()).toMatch(new RegExp(`^${server.url}/r/[A-Za-z0-9_-]+$`));
    await row.getByRole('button', { name: 'QR' }).click();
    expect(await row.getByRole('img', { name: /QR code for/ }).count()).toBe(1);
    expect(await page.getByText('No orders attributed yet.').count()).toBe(1);
    // Added with a proposed fee: nothing is spent yet, so ROAS is n/a; once the deal is agreed the fee is spend.
    expect(await row.getByTestId('roas').locator('.num-val').textContent()).toBe('n/a');
    expect(await row.textContent()).toContain('not spend yet');
    await row.getByLabel('deal of anklet.anna').selectOption('agreed');
    await expect.poll(() => row.getByTestId('roas').locator('.num-val').textContent()).toBe('0.00');
  });

  it('shows the ROAS once signed Shopify orders with her code arrive', async () => {
    const at = new Date(Date.now() + 60_000).toISOString();
    const withCode = (file: 'dis3' | 'dis4', email: string) => {
      const o = shopifyOrder(file, { created_at: at, email, currency: 'GBP' });
      return {
        ...o,
        discount_codes: (o.discount_codes as Record<string, unknown>[]).map((d) => ({ ...d, code: 'ankletanna10 ' })),
      } as Record<string, unknown>;
    };
    const deliver = (payload: unknown, topic: string, id: string) => {
      const body = JSON.stringify(payload);
      return fetch(`${server.url}/webhooks/shopify/demo`, {
        method: 'POST',
        headers: shopifyHeaders(body, topic, id),
        body,
      });
    };
    const o1 = withCode('dis3', 'jo@example.com');
    const o2 = withCode('dis4', 'sam@example.com');
    expect((await deliver(o1, 'orders/create', 'e2e-o1')).status).toBe(200);
    expect((await deliver(o2, 'orders/create', 'e2e-o2')).status).toBe(200);
    expect((await deliver(shopifyRefund(o1.id, 9191, '84.00', at), 'refunds/create', 'e2e-r1')).status).toBe(200);

    await page.goto(campaignUrl);

    const row = page.getByTestId('enrollment-anklet.anna');
    await row.waitFor();
    // Net revenue 284.00 + 164.90 − 84.00 = 364.90; spend = the £150.00 fee; ROAS = 364.90 / 150.00 = 2.43.
    await expect.poll(() => row.getByTestId('roas').locator('.num-val').textContent()).toBe('2.43');
    expect(await row.textContent()).toContain('£364.90');
    expect(await row.textContent()).toContain('£150.00');
    expect(await page.getByTestId('total-roas').locator('.stat-value').textContent()).toBe('2.43');
    await row.getByTestId('roas').locator('.num-tip').hover();
    expect(await row.getByTestId('roas').locator('.tip').textContent()).toBe(
      'ROAS = net revenue £364.90 / spend £150.00',
    );
    const orders = page.locator('section', { hasText: 'Attributed orders' }).locator('tbody tr');
    await expect.poll(() => orders.count()).toBe(2);
    expect(await orders.first().textContent()).toContain('discount code');
    expect(await orders.first().textContent()).toContain('ANKLETANNA10');
    expect(await page.getByRole('list', { name: 'ROAS per creator' }).locator('.num-val').first().textContent()).toBe(
      '2.43',
    );
    await screenshot(page, '06-campaign-report-after-webhooks');
    const csv = await page.evaluate(
      async (url) => (await fetch(url)).text(),
      `${campaignUrl.replace('/campaigns/', '/api/v1/campaigns/')}/report.csv`,
    );
    expect(csv).toContain(',2.43,');
  });

  it('shows the demo campaign with ROAS per creator, micro vs larger, flags and the CSV export', async () => {
    await page.getByRole('link', { name: 'Campaigns' }).click();
    await page.getByRole('link', { name: 'Spring/summer anklets' }).click();
    await page.getByRole('heading', { name: 'Spring/summer anklets' }).waitFor();
    const bars = page.getByRole('list', { name: 'ROAS per creator' });
    await bars.waitFor();
    expect(await bars.getByRole('listitem').count()).toBe(3);
    expect(await page.locator('.badge.warn', { hasText: 'code leak' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.badge.warn', { hasText: 'self-referral' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
      `/api/v1/campaigns/${world.demoCampaignId}/report.csv`,
    );
    await screenshot(page, '07-demo-campaign-report');
  });

  it('renders the API reference, and nothing reached another host or failed', async () => {
    await page.goto(`${server.url}/api/docs`);
    await page.getByRole('heading', { name: 'microreach API reference' }).waitFor();
    // The top only: the reference is over 140,000 px tall, and capturing all of it takes Chromium over 30 s.
    await screenshot(page, '09-api-docs', { fullPage: false });
    expect(problems).toEqual([]);
  });
});
