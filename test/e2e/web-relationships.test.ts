// The pipeline board in headless Chromium: a card moves by drag and drop, with its button and with the
// arrow keys, each move is stored (stage and timeline), on a desktop and on a phone (390×844); the table
// view filters by stage; a card's name opens the creator drawer (URL-addressable).
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/start-server.ts';
import { setStage } from '../../src/services/relationships/change-relationship.ts';
import type { DB } from '../../src/storage/connect.ts';
import { setCurrencyRate } from '../../src/storage/currency-rates/set-currency-rate.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { browserRig, type BrowserRig, hasChromium, RESULTS_DIR, screenshot, watchPage } from '../support/browser.ts';

describe.runIf(hasChromium)('relationships board in headless Chromium', () => {
  let rig: BrowserRig;
  let db: DB;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let ana: number;
  let cleo: number;

  beforeAll(async () => {
    rig = await browserRig('web-rel');
    db = rig.db;
    const ws = await ensureWorkspace(db, 'demo', { currency: 'GBP', name: 'Demo' });
    // The sign-in lands on Discover, whose GBP prices need a USD rate.
    await setCurrencyRate(db, ws.id, 'USD', 'GBP', '0.79');
    const ids = await storeCreators(db, ws.id, [
      creatorRecord({ displayName: 'Ana Anklets' }, { handle: 'ana.anklets' }),
      creatorRecord({ displayName: 'Cleo Cooks' }, { handle: 'cleo.cooks' }),
    ]);
    ana = ids[0]!;
    cleo = ids[1]!;
    for (const id of ids) await setStage(db, { workspaceId: ws.id, userId: null }, id, 'prospect');
    ({ server, browser } = await rig.serve());
    ({ page, problems } = await rig.open());
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: 'Open the demo workspace' }).click();
    await page.getByRole('link', { name: 'Relationships' }).click();
    await page.getByRole('heading', { name: 'Relationships' }).waitFor();
  }, 120_000);
  afterAll(async () => {
    await rig?.close();
  });

  const column = (stage: string) => page.getByRole('region', { name: new RegExp(`^${stage} \\(`) });
  const rowLink = () => page.locator('table tbody tr').first().getByRole('link', { name: 'Ana Anklets' });
  const stageOf = async () =>
    (await db.selectFrom('relationships').select('stage').where('creator_id', '=', ana).executeTakeFirstOrThrow())
      .stage;

  const stageOfCreator = async (id: number) =>
    (await db.selectFrom('relationships').select('stage').where('creator_id', '=', id).executeTakeFirstOrThrow()).stage;

  it('moves a card by dragging it onto another column, and the move is stored', async () => {
    const calls: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/stage')) calls.push(r.url());
    });
    const card = column('prospect').getByRole('listitem').filter({ hasText: 'Cleo Cooks' });
    await card.dragTo(column('negotiating'));
    await column('negotiating').getByRole('listitem').filter({ hasText: 'Cleo Cooks' }).waitFor();
    expect(await stageOfCreator(cleo)).toBe('negotiating');
    expect(calls).toEqual([`${server.url}/api/v1/relationships/${cleo}/stage`]);
    // Dropping a card on its own column changes nothing.
    await column('negotiating').getByRole('listitem').filter({ hasText: 'Cleo Cooks' }).dragTo(column('negotiating'));
    expect(calls).toHaveLength(1);
  });

  it('moves a card with its button, then with the arrow keys', async () => {
    const card = column('prospect').getByRole('listitem').filter({ hasText: 'Ana Anklets' });
    await card.getByRole('button', { name: 'Move to contacted' }).click();
    await column('contacted').getByRole('listitem').filter({ hasText: 'Ana Anklets' }).waitFor();
    expect(await stageOf()).toBe('contacted');

    const moved = column('contacted').getByRole('listitem').filter({ hasText: 'Ana Anklets' });
    await moved.focus();
    await page.keyboard.press('ArrowRight');
    await column('replied').getByRole('listitem').filter({ hasText: 'Ana Anklets' }).waitFor();
    expect(await stageOf()).toBe('replied');
    const kinds = await db.selectFrom('relationship_events').select('kind').orderBy('id').execute();
    // Cleo's drag, then Ana's two moves.
    expect(kinds.filter((k) => k.kind === 'stage_changed')).toHaveLength(3);
    await screenshot(page, '13-relationships-board');
  });

  it('moves a card by keyboard on a phone, and opens the drawer from the board', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    problems.push(...watchPage(phone, server.url));
    await phone.goto(`${server.url}/login`);
    await phone.getByRole('button', { name: 'Open the demo workspace' }).click();
    await phone.getByRole('heading', { name: 'Discover creators' }).waitFor();
    await phone.goto(`${server.url}/relationships`);
    const col = (stage: string) => phone.getByRole('region', { name: new RegExp(`^${stage} \\(`) });
    const card = col('negotiating').getByRole('listitem').filter({ hasText: 'Cleo Cooks' });
    await card.focus();
    await phone.keyboard.press('ArrowRight');
    await col('agreed').getByRole('listitem').filter({ hasText: 'Cleo Cooks' }).waitFor();
    expect(await stageOfCreator(cleo)).toBe('agreed');
    await phone.screenshot({ path: join(RESULTS_DIR, '17-relationships-board-phone.png') });

    await col('agreed').getByRole('link', { name: 'Cleo Cooks' }).click();
    const drawer = phone.getByRole('dialog', { name: 'Cleo Cooks' });
    await expect.poll(() => drawer.getByLabel('Stage').inputValue()).toBe('agreed');
    expect(new URL(phone.url()).searchParams.get('creator')).toBe(String(cleo));
    await phone.screenshot({ path: join(RESULTS_DIR, '18-creator-drawer-phone.png') });
    // The drawer's URL opens it again after a reload.
    await phone.reload();
    await expect
      .poll(() => phone.getByRole('dialog', { name: 'Cleo Cooks' }).getByLabel('Stage').inputValue())
      .toBe('agreed');
    await phone.close();
  });

  it('filters the table view by stage', async () => {
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByLabel('Stage').selectOption('replied');
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Ana Anklets');
  });

  it('opens the creator drawer from the table: a note kept as written, on the timeline', async () => {
    await rowLink().click();
    const panel = page.getByRole('region', { name: 'Relationship' });
    // The panel loads the relationship after the page: wait for its stage rather than read it at once.
    await expect.poll(() => panel.getByLabel('Stage').inputValue()).toBe('replied');
    await panel.getByLabel(/^Note/).fill('Loved the **anklet** reel');
    await panel.getByRole('button', { name: 'Add note' }).click();
    await panel.locator('pre.note', { hasText: 'Loved the **anklet** reel' }).waitFor();
    expect(await panel.locator('ol.timeline li').first().textContent()).toContain('note added');
    await screenshot(page, '14-creator-relationship');
    expect(problems).toEqual([]);
  });
});
