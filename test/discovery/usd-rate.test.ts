// Discovery prices are computed in US dollars and converted with the workspace's own rates table.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/app-error.ts';
import { usdRateFor } from '../../src/services/currency/usd-rate-for.ts';
import { setCurrencyRate } from '../../src/storage/currency-rates/set-currency-rate.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe.each(testDialects)('usdRateFor on %s', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  let other: number;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    ws = (await ensureWorkspace(t.db, 'acme', { currency: 'GBP' })).id;
    other = (await ensureWorkspace(t.db, 'other')).id;
  });
  afterEach(async () => t.close());

  it('is 1 for US dollars without any rate', async () => {
    expect(await usdRateFor(t.db, ws, 'USD')).toBe(1);
  });

  it('reads a USD→X rate as given and inverts an X→USD rate exactly', async () => {
    await setCurrencyRate(t.db, ws, 'USD', 'GBP', '0.79');
    await setCurrencyRate(t.db, ws, 'EUR', 'USD', '1.25');
    expect(await usdRateFor(t.db, ws, 'GBP')).toBe(0.79);
    // 1 EUR = 1.25 USD → 1 USD = 100/125 EUR = 0.8 EUR.
    expect(await usdRateFor(t.db, ws, 'EUR')).toBe(0.8);
  });

  it('prefers the direct row when both directions exist', async () => {
    await setCurrencyRate(t.db, ws, 'USD', 'GBP', '0.8');
    await setCurrencyRate(t.db, ws, 'GBP', 'USD', '1.3');
    expect(await usdRateFor(t.db, ws, 'GBP')).toBe(0.8);
  });

  it('refuses a currency without a rate, naming the pair, and ignores other workspaces', async () => {
    await setCurrencyRate(t.db, other, 'USD', 'GBP', '0.79');
    const error = await usdRateFor(t.db, ws, 'GBP').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    expect((error as AppError).message).toContain('USD and GBP');
    expect((error as AppError).details).toEqual([{ path: 'budget_per_post.currency', message: 'no USD→GBP rate' }]);
  });
});
