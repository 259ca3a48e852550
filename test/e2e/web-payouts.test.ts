// The finance views in headless Chromium: the Payouts page prepares a batch of what is payable (one line per
// creator) and the creator page shows her statement (what, when, why). Screenshots in test-results/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/start-server.ts';
import { createUser } from '../../src/services/access/create-user.ts';
import { ingestOrder } from '../../src/services/orders/ingest-order.ts';
import type { DB } from '../../src/storage/connect.ts';
import { setCurrencyRate } from '../../src/storage/currency-rates/set-currency-rate.ts';
import { ledgerOrder, ledgerWorld, type LedgerWorld } from '../support/ledger-world.ts';
import { browserRig, type BrowserRig, hasChromium, screenshot } from '../support/browser.ts';

describe.runIf(hasChromium)('payouts in headless Chromium', () => {
  let rig: BrowserRig;
  let db: DB;
  let server: RunningServer;
  let page: Page;
  let problems: string[];
  let w: LedgerWorld;

  beforeAll(async () => {
    rig = await browserRig('web-pay');
    db = rig.db;
    w = await ledgerWorld(db, 'glow');
    await createUser(db, {
      email: 'fin@glow.test',
      password: 'correct horse battery',
      workspace: 'glow',
      role: 'finance',
    });
    await setCurrencyRate(db, w.workspaceId, 'USD', 'GBP', '0.79');
    // Orders 40 days old (past the 30-day hold), one refunded in part.
    const placed = new Date(Date.now() - 40 * 86_400_000).toISOString();
    await db.updateTable('enrollments').set({ created_at: placed }).execute();
    await db.updateTable('discount_codes').set({ created_at: placed }).execute();
    await ingestOrder(
      db,
      w.workspaceId,
      ledgerOrder('1001', w.ana.code, { placedAt: placed, subtotalMinor: 15_000 }),
      placed,
    );
    await ingestOrder(
      db,
      w.workspaceId,
      ledgerOrder('1001', w.ana.code, {
        placedAt: placed,
        subtotalMinor: 15_000,
        refunds: [{ externalId: 'r1', amountMinor: 5_000, refundedAt: placed }],
      }),
      placed,
    );
    await ingestOrder(
      db,
      w.workspaceId,
      ledgerOrder('1002', w.ben.code, { placedAt: placed, subtotalMinor: 8_000 }),
      placed,
    );
    ({ server } = await rig.serve());
    ({ page, problems } = await rig.open());
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill('fin@glow.test');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'Payouts' }).click();
    await page.getByRole('heading', { name: 'Payouts' }).waitFor();
  }, 120_000);
  afterAll(async () => {
    await rig?.close();
  });

  it('prepares a batch with a line per creator', async () => {
    await page.getByRole('button', { name: 'Prepare a batch' }).click();
    const batch = page.getByRole('region', { name: /Payout batch \d+/ });
    await batch.waitFor();
    expect(await batch.locator('tbody tr').count()).toBe(2);
    expect(await batch.locator('tbody').innerText()).toMatch(/Ana[\s\S]*£10\.00[\s\S]*Ben[\s\S]*£10\.00/);
    await screenshot(page, '15-payout-batch');
    expect(problems).toEqual([]);
  });

  it("shows a creator's statement: what, when, why", async () => {
    await page.goto(`${server.url}/creators/${w.ana.creatorId}`);
    const statement = page.getByRole('region', { name: 'Statement' });
    await statement.waitFor();
    const text = await statement.innerText();
    expect(text).toContain('Commission');
    expect(text).toContain('Commission reversed');
    expect(text).toContain('order #1001 placed');
    expect(text.match(/#1001/g)).toHaveLength(2);
    expect(text).toMatch(/Payable now\s+£10\.00/);
    await screenshot(page, '15-creator-statement');
    expect(problems).toEqual([]);
  });
});
