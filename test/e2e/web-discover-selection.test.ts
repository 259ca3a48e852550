// Discover's bulk actions in headless Chromium, on a desktop and on a phone (390×844): "select all
// passing" then "add to a new list" in one call, and the list shows them; on the phone, two rows picked
// by their checkboxes go to the same list, and the creator drawer opens from a row over Discover.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/start-server.ts';
import type { DB } from '../../src/storage/connect.ts';
import { seedSmallWorld } from '../support/small-world.ts';
import { browserRig, type BrowserRig, hasChromium, RESULTS_DIR, screenshot, watchPage } from '../support/browser.ts';

describe.runIf(hasChromium)('Discover selection in headless Chromium', () => {
  let rig: BrowserRig;
  let db: DB;
  let server: RunningServer;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    rig = await browserRig('web-sel');
    db = rig.db;
    await seedSmallWorld(db);
    ({ server, browser } = await rig.serve());
  }, 120_000);
  afterAll(async () => {
    await rig?.close();
  });

  async function openDiscover(viewport: { width: number; height: number }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    page.setDefaultTimeout(8000);
    problems.push(...watchPage(page, server.url));
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: 'Open the demo workspace' }).click();
    await page.getByRole('heading', { name: 'Discover creators' }).waitFor();
    await page.locator('.results-table tbody tr').first().waitFor();
    return page;
  }
  const members = async (name: string) =>
    (
      await db
        .selectFrom('creator_list_members as m')
        .innerJoin('creator_lists as l', 'l.id', 'm.list_id')
        .innerJoin('accounts as a', 'a.id', 'm.account_id')
        .select('a.handle')
        .where('l.name', '=', name)
        .orderBy('a.handle')
        .execute()
    ).map((r) => r.handle);

  it('selects all passing results and adds them to a new list in one call; the list shows them', async () => {
    const page = await openDiscover({ width: 1440, height: 900 });
    const rows = page.locator('.results-table tbody tr');
    const shown = await rows.count();
    const handles = (await rows.locator('.creator-link + br + span, td .muted.small').allTextContents())
      .map((t) => /instagram:([^\s·]+)|youtube:([^\s·]+)|tiktok:([^\s·]+)/.exec(t))
      .filter((m) => m !== null)
      .map((m) => m!.slice(1).find(Boolean)!);
    expect(handles.length).toBe(shown);
    const listCalls: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/api/v1/lists')) listCalls.push(r.url());
    });

    await page.getByRole('button', { name: /^Select all \d+ passing$/ }).click();
    const bar = page.getByRole('region', { name: 'Selection' });
    await bar.getByText(`${shown} selected`).waitFor();
    expect(await rows.getByRole('checkbox', { checked: true }).count()).toBe(shown);
    await bar.getByLabel('New list name').fill('Anklet seeding');
    await screenshot(page, '15-discover-selection-desktop');
    await bar.getByRole('button', { name: 'Add to list' }).click();
    await bar.getByRole('status').getByText(`Added ${shown} to the new list “Anklet seeding”.`).waitFor();
    expect(listCalls).toEqual([`${server.url}/api/v1/lists`]);
    expect(await members('Anklet seeding')).toEqual([...handles].sort());

    await bar.getByRole('link', { name: 'Open the list' }).click();
    await page.getByRole('heading', { name: 'Anklet seeding' }).waitFor();
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(shown);
    await page.close();
  });

  it('on a phone: picks two rows by their checkboxes, adds them to the existing list, opens the drawer', async () => {
    const page = await openDiscover({ width: 390, height: 844 });
    const boxes = page.locator('.results-table tbody tr').getByRole('checkbox');
    await boxes.nth(0).check();
    // The keyboard works too: focus a checkbox and press space.
    await boxes.nth(1).focus();
    await page.keyboard.press('Space');
    const bar = page.getByRole('region', { name: 'Selection' });
    await bar.getByText('2 selected').waitFor();
    const list = await db
      .selectFrom('creator_lists')
      .select('id')
      .where('name', '=', 'Anklet seeding')
      .executeTakeFirstOrThrow();
    await bar.getByRole('combobox', { name: /^List/ }).selectOption(String(list.id));
    // What the phone shows: the rows with the selection bar held at the bottom of the screen.
    await boxes.nth(0).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS_DIR, '16-discover-selection-phone.png') });
    await bar.getByRole('button', { name: 'Add to list' }).click();
    await bar
      .getByRole('status')
      .getByText(/Added 0 to “Anklet seeding” \(2 already on it\)\./)
      .waitFor();

    await page
      .locator('.results-table tbody tr')
      .first()
      .getByRole('button', { name: /^Relationship with / })
      .click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('region', { name: 'Relationship' }).waitFor();
    expect(new URL(page.url()).searchParams.get('creator')).toMatch(/^\d+$/);
    await expect.poll(() => drawer.getByLabel('Stage').inputValue()).toBe('prospect');
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.has('creator')).toBe(false);
    // Closing the drawer did not run the brief again: the selection is still there.
    await bar.getByText('2 selected').waitFor();
    await page.close();
    expect(problems).toEqual([]);
  });
});
