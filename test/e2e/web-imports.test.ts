// Importing a creator CSV in the browser: the column mapping and each rejected row with its row,
// field and reason; a file with 10,000 bad rows stays responsive (the rejections are paged); a
// commenter profile list with a bad row.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/start-server.ts';
import type { DB } from '../../src/storage/connect.ts';
import { setCurrencyRate } from '../../src/storage/currency-rates/set-currency-rate.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { browserRig, type BrowserRig, hasChromium, screenshot } from '../support/browser.ts';

describe.runIf(hasChromium)('creator CSV import in headless Chromium', () => {
  let rig: BrowserRig;
  let db: DB;
  let server: RunningServer;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    rig = await browserRig('web-import');
    db = rig.db;
    // A brand workspace: the demo workspace is a sandbox that cannot import installation-wide profiles.
    const ws = await ensureWorkspace(db, 'acme', { currency: 'GBP', name: 'Acme' });
    const { token } = await createApiToken(db, ws.id, 'browser');
    await setCurrencyRate(db, ws.id, 'USD', 'GBP', '0.79');
    ({ server } = await rig.serve());
    ({ page, problems } = await rig.open());
    await page.goto(`${server.url}/login`);
    await page.getByText('Sign in with an API token').click();
    await page.getByLabel('Workspace API token').fill(token);
    await page.getByRole('button', { name: 'Sign in with token' }).click();
    await page.getByRole('link', { name: 'Imports' }).click();
    await page.getByRole('heading', { name: 'Import creators' }).waitFor();
  }, 120_000);
  afterAll(async () => {
    await rig?.close();
  });

  const upload = async (name: string, text: string) => {
    const form = page.getByRole('form', { name: 'Upload a creator CSV' });
    await form.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await form.getByLabel(/Platform/).selectOption('instagram');
    await form.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('region', { name: 'Import result' }).getByRole('heading', { name }).waitFor();
  };

  it('shows the mapping and the rejected row with its row, field and reason', async () => {
    await upload(
      'creators.csv',
      'Handle,Full name,Followers,Country,Notes\r\nnew.nina,Nina New,31.2k,United Kingdom,hi\r\nbad handle!,Bad Row,12k,GB,\r\n',
    );
    const result = page.getByRole('region', { name: 'Import result' });
    expect(await result.getByRole('status').textContent()).toBe('1 new · 0 updated · 0 unchanged · 1 rejected');
    const mapping = await result.locator('table.mapping tbody tr').allTextContents();
    expect(mapping).toEqual([
      '1Handlehandle',
      '2Full namedisplay_name',
      '3Followersfollowers',
      '4Countrycountry',
      '5Notesignored',
    ]);
    const rejected = result.locator('table.rejections tbody tr');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.locator('td').allTextContents()).toEqual([
      'row 3',
      'Handle',
      '"bad handle!" is not a valid instagram handle',
    ]);
    expect(await result.textContent()).toContain('ignored columns not recognised: "Notes"');
    // The run is listed with its rejection.
    const runs = page.locator('section', { hasText: 'Earlier imports' }).locator('tbody tr');
    await expect.poll(() => runs.count()).toBe(1);
    expect(await runs.first().textContent()).toContain('partial');
    await screenshot(page, '08-imports-rejected-row');
    // The file's numbers are this workspace's own: shown as "your import" beside the shared value.
    await page.getByRole('link', { name: 'Creators' }).click();
    const row = page.locator('tbody tr', { hasText: 'new.nina' });
    await row.waitFor();
    expect(await row.textContent()).toContain('your import 31,200');
    await page.getByRole('link', { name: 'Imports' }).click();
    await page.getByRole('heading', { name: 'Import creators' }).waitFor();
  });

  it('pages 10,000 rejected rows without freezing', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `bad handle ${i}!,Name ${i},${i + 1000},GB`);
    await upload('big.csv', `Handle,Full name,Followers,Country\r\n${rows.join('\r\n')}\r\n`);
    const result = page.getByRole('region', { name: 'Import result' });
    expect(await result.getByRole('status').textContent()).toBe('0 new · 0 updated · 0 unchanged · 10,000 rejected');
    expect(await result.locator('table.rejections tbody tr').count()).toBe(100);
    expect(await result.getByText('Page 1 of 100 · 10,000 rejected rows').count()).toBe(1);
    await result.getByRole('button', { name: 'Next →' }).click();
    await result.getByText('Page 2 of 100 · 10,000 rejected rows').waitFor();
    expect(await result.locator('table.rejections tbody tr').first().locator('td').first().textContent()).toBe(
      'row 102',
    );
    // The page never renders more than one page of rows, whatever the file's size.
    expect(await result.locator('table.rejections tbody tr').count()).toBe(100);
  });

  it('imports commenter profiles and names the rejected row', async () => {
    const section = page.getByRole('region', { name: 'Commenter profiles' });
    const csv =
      'username,followers_count,follows_count,media_count,has_profile_pic\nfan.one,3,2600,0,no\nfan.two,450,300,80,yes\nbad handle!,1,1,1,no\n';
    await section
      .getByLabel('Profile list')
      .setInputFiles({ name: 'commenters.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await section.getByRole('button', { name: 'Import profiles' }).click();
    const result = section.getByRole('region', { name: 'Profiles imported' });
    await result.getByRole('heading', { name: 'commenters.csv' }).waitFor();
    expect(await result.getByRole('status').textContent()).toBe(
      '2 new · 0 updated · 0 unchanged · 1 rejected · 0 creator accounts re-scored',
    );
    expect(await result.locator('table.rejections tbody tr td').allTextContents()).toEqual([
      'row 4',
      'handle',
      '"bad handle!" is not a valid instagram handle',
    ]);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, '10-imports-commenter-profiles');
  });

  it('previews the first rows, lets the user change what a column means, and imports what was shown', async () => {
    const form = page.getByRole('form', { name: 'Upload a creator CSV' });
    // "Reach" holds follower numbers under a header nobody would guess.
    const csv =
      'Creator,Reach,Location\r\npre.view.ana,31.2k,"Austin, Texas, United States"\r\npre.view.bo,12k,Spain\r\n';
    await form
      .getByLabel('CSV file')
      .setInputFiles({ name: 'preview.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await form.getByLabel(/Platform/).selectOption('instagram');
    await form.getByRole('button', { name: 'Preview columns' }).click();
    const preview = page.getByRole('region', { name: 'Import preview' });
    await preview.getByRole('heading', { name: 'Preview of preview.csv' }).waitFor();
    const rows = preview.locator('table.preview-rows tbody tr');
    expect(await rows.first().locator('td').allTextContents()).toEqual([
      'row 2',
      'instagram:pre.view.ana',
      'n/a',
      'n/a',
      'US',
      'n/a',
    ]);
    expect(await preview.getByLabel('Read column Reach as').inputValue()).toBe('');

    await preview.getByLabel('Read column Reach as').selectOption('followers');
    await preview.getByRole('button', { name: 'Preview again' }).click();
    await rows.first().locator('td').nth(3).filter({ hasText: '31,200' }).waitFor();
    expect(await rows.nth(1).locator('td').allTextContents()).toEqual([
      'row 3',
      'instagram:pre.view.bo',
      'n/a',
      '12,000',
      'ES',
      'n/a',
    ]);
    await screenshot(page, '09-imports-preview-mapping');

    await preview.getByRole('button', { name: 'Import with these columns' }).click();
    const result = page.getByRole('region', { name: 'Import result' });
    await result.getByRole('heading', { name: 'preview.csv' }).waitFor();
    expect(await result.getByRole('status').textContent()).toBe('2 new · 0 updated · 0 unchanged · 0 rejected');
    expect(await result.locator('table.mapping tbody tr').allTextContents()).toEqual([
      '1Creatorhandle',
      '2Reachfollowers',
      '3Locationcountry',
    ]);
    // A file's numbers are the workspace's own layer (never the shared accounts row).
    const stored = await db
      .selectFrom('workspace_account_data as w')
      .innerJoin('accounts as a', 'a.id', 'w.account_id')
      .select(['a.handle', 'w.followers'])
      .where('a.handle', 'like', 'pre.view.%')
      .orderBy('a.handle')
      .execute();
    expect(stored).toEqual([
      { handle: 'pre.view.ana', followers: 31_200 },
      { handle: 'pre.view.bo', followers: 12_000 },
    ]);
  });

  it("explains a brand's empty Discover: import creators, connect a store, or include the demo creators", async () => {
    await page.getByRole('link', { name: 'Discover' }).click();
    expect(await page.getByLabel(/include demo creators/).isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Find creators' }).click();
    const empty = page.locator('.empty', { hasText: 'No creator of yours matches this brief.' });
    await empty.waitFor();
    expect(await empty.textContent()).toMatch(/Import creators.*connect your store.*include demo creators/s);
    expect(await empty.getByRole('link', { name: 'Import creators' }).getAttribute('href')).toBe('/imports');
    await screenshot(page, '11-discover-empty-brand');
    await page.getByRole('link', { name: 'Imports' }).click();
    await page.getByRole('heading', { name: 'Import creators' }).waitFor();
  });

  it('says clearly when a file cannot be read, and reached no other host', async () => {
    const form = page.getByRole('form', { name: 'Upload a creator CSV' });
    await form
      .getByLabel('CSV file')
      .setInputFiles({ name: 'colours.csv', mimeType: 'text/csv', buffer: Buffer.from('Colour,Size\r\nred,3\r\n') });
    await form.getByRole('button', { name: 'Import' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('colours.csv: no column holds creator handles');
    expect(problems.filter((p) => !p.startsWith('400 ') && !p.includes('status of 400'))).toEqual([]);
  });
});
