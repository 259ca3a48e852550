// The same brief ranks identically in the web app and through the API: the page (with its own
// default weights, taken from the core) shows the creators in the API's order with the API's prices,
// in the currency's own decimals; and the badge, tooltip and fee prefill read the API's figures.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/core/shared/format-amount.ts';
import type { RunningServer } from '../../src/http/start-server.ts';
import type { DiscoverResponse } from '../../src/http/schemas/discover.ts';
import type { DB } from '../../src/storage/connect.ts';
import { seedSmallWorld } from '../support/small-world.ts';
import { hasTestData } from '../support/test-data.ts';
import { browserRig, type BrowserRig, hasChromium, screenshot } from '../support/browser.ts';

/** The demo brief as an API user writes it: no weights (the server's defaults), 100 results. */
const API_BRIEF = {
  niche: { keywords: ['anklet', 'barefoot sandals', 'foot model'], hashtags: ['anklets'] },
  followers: { min: 25_000, max: 35_000 },
  audience: { genders: ['female'], age_bands: ['18-24', '25-34'], countries: ['GB', 'US'] },
  max_sponsored_share: 0.3,
  min_authenticity: 60,
  budget_per_post: { amount: 40_000, currency: 'GBP' },
  limit: 100,
};

describe.runIf(hasChromium && hasTestData)('Discover in the browser ranks like the API', () => {
  let rig: BrowserRig;
  let db: DB;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    rig = await browserRig('parity-e2e');
    db = rig.db;
    await seedSmallWorld(db);
    ({ server, browser } = await rig.serve());
    ({ page, problems } = await rig.open());
  }, 120_000);
  afterAll(async () => {
    await rig?.close();
  });

  it("shows the API's ranking and prices for the demo brief", async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Open the demo workspace' }).click();
    await page.getByRole('heading', { name: 'Discover creators' }).waitFor();
    const rows = page.locator('.results-table tbody tr');
    await rows.first().waitFor();
    // The API, called with the session of the page, for the brief written by hand.
    const api = (await page.evaluate(async (brief) => {
      const res = await fetch('/api/v1/discover', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(brief),
      });
      return res.json();
    }, API_BRIEF)) as DiscoverResponse;
    expect(api.results.length).toBeGreaterThan(1);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        ref: tr.querySelector('td.creator-cell .muted')?.textContent?.split(' · ')[0] ?? '',
        score: tr.querySelector('.score')?.textContent ?? '',
        // The post price is the fourth column after the creator's (a selection checkbox may come first).
        price: tr.querySelector('td.creator-cell + td + td + td + td .num-val')?.textContent ?? '',
        suspicious: tr.querySelector('.suspicious-badge') !== null,
      })),
    );
    expect(shown).toEqual(
      api.results.slice(0, 25).map((r) => {
        const main = r.price.deliverables[0]!;
        return {
          ref: `${r.platform}:${r.handle}`,
          score: r.fit.score.toFixed(0),
          price: `${formatAmount(main.low, api.currency, { whole: true })}–${formatAmount(main.high, api.currency, { whole: true })}`,
          suspicious: r.authenticity.level === 'suspicious',
        };
      }),
    );
    // The sliders start at the server's default weights.
    const sliders = await page
      .locator('.weights input[type=range]')
      .evaluateAll((inputs) => inputs.map((i) => Number((i as unknown as { value: string }).value)));
    expect(sliders).toEqual(Object.values(api.default_weights));
    await screenshot(page, 'discover-parity');
    expect(problems).toEqual([]);
  });

  it('keeps the brief in the URL: reload, Back and a shared link open the same search', async () => {
    const brief = page.getByRole('form', { name: 'Brief' });
    const keywords = brief.getByLabel('Keywords');
    const firstRef = () =>
      page.locator('.results-table tbody tr').first().locator('td.creator-cell .muted').textContent();
    await keywords.fill('anklet');
    await brief.getByLabel('Countries').fill('United Kingdom, USA');
    await brief.getByRole('button', { name: 'Find creators' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('brief')).toContain('"anklet"');
    const first = await firstRef();
    await page.reload();
    await expect.poll(() => keywords.inputValue()).toBe('anklet');
    expect(await brief.getByLabel('Countries').inputValue()).toBe('United Kingdom, USA');
    await expect.poll(firstRef).toBe(first);

    await keywords.fill('toe ring');
    await brief.getByRole('button', { name: 'Find creators' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('brief')).toContain('toe ring');
    await page.goBack();
    await expect.poll(() => keywords.inputValue()).toBe('anklet');
    await expect.poll(firstRef).toBe(first);

    // A colleague of the same workspace opens the link in her own browser.
    const colleague = await browser.newContext();
    await colleague.addCookies(await page.context().cookies());
    const shared = await colleague.newPage();
    await shared.goto(page.url());
    await expect
      .poll(() => shared.getByRole('form', { name: 'Brief' }).getByLabel('Keywords').inputValue())
      .toBe('anklet');
    await colleague.close();
  });

  it('saves a brief for the workspace and opens it again', async () => {
    const brief = page.getByRole('form', { name: 'Brief' });
    await brief.getByLabel('Keywords').fill('barefoot sandals');
    await page.getByLabel('Save as').fill('Sandals UK');
    await page.getByRole('button', { name: 'Save brief' }).click();
    await page.getByText('Saved “Sandals UK”.').waitFor();
    await brief.getByLabel('Keywords').fill('something else');
    await page.getByLabel('Saved brief').selectOption({ label: 'Sandals UK' });
    await page.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => brief.getByLabel('Keywords').inputValue()).toBe('barefoot sandals');
    expect(new URL(page.url()).searchParams.get('brief')).toContain('barefoot sandals');
    expect(problems).toEqual([]);
  });
});
