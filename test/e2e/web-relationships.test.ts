// The pipeline board in headless Chromium: a card moves with its button and with the arrow keys, the
// move is stored (stage and timeline), and the table view filters by stage.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/start-server.ts';
import { setStage } from '../../src/services/relationships/change-relationship.ts';
import { connect, type DB } from '../../src/storage/connect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { setCurrencyRate } from '../../src/storage/currency-rates/set-currency-rate.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { hasChromium, launchChromium, screenshot, watchPage } from './browser.ts';

describe.runIf(hasChromium)('relationships board in headless Chromium', () => {
  let dir: string;
  let db: DB;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let ana: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-web-rel-'));
    const config = testConfig({ DATABASE_URL: join(dir, 'rel.db'), MICROREACH_DATA_DIR: dir });
    db = connect(config.database);
    await migrateToLatest(db);
    const ws = await ensureWorkspace(db, 'demo', { currency: 'GBP', name: 'Demo' });
    // The sign-in lands on Discover, whose GBP prices need a USD rate.
    await setCurrencyRate(db, ws.id, 'USD', 'GBP', '0.79');
    const ids = await storeCreators(db, ws.id, [
      creatorRecord({ displayName: 'Ana Anklets' }, { handle: 'ana.anklets' }),
      creatorRecord({ displayName: 'Cleo Cooks' }, { handle: 'cleo.cooks' }),
    ]);
    ana = ids[0]!;
    for (const id of ids) await setStage(db, { workspaceId: ws.id, userId: null }, id, 'prospect');
    server = await startServer({ db, config }, { host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    problems = watchPage(page, server.url);
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: 'Open the demo workspace' }).click();
    await page.getByRole('link', { name: 'Relationships' }).click();
    await page.getByRole('heading', { name: 'Relationships' }).waitFor();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const column = (stage: string) => page.getByRole('region', { name: new RegExp(`^${stage} \\(`) });
  const rowLink = () => page.locator('table tbody tr').first().getByRole('link', { name: 'Ana Anklets' });
  const stageOf = async () =>
    (await db.selectFrom('relationships').select('stage').where('creator_id', '=', ana).executeTakeFirstOrThrow())
      .stage;

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
    expect(kinds.filter((k) => k.kind === 'stage_changed')).toHaveLength(2);
    await screenshot(page, '13-relationships-board');
  });

  it('filters the table view by stage', async () => {
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByLabel('Stage').selectOption('replied');
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Ana Anklets');
  });

  it('shows the relationship on the creator page: a note kept as written, on the timeline', async () => {
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
