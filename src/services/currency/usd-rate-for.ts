// Prices are computed in US dollars and converted with the workspace's own rates table (no hidden
// live FX). Either direction of a stored pair serves, with the exact decimal rate.
import { AppError } from '../../core/app-error.ts';
import { parseRate } from '../../core/money/convert.ts';
import type { DB } from '../../storage/connect.ts';
import { findCurrencyRate } from '../../storage/currency-rates/find-currency-rate.ts';

/** Units of `currency` per US dollar; a 422 naming the pair when the workspace has no rate for it. */
export async function usdRateFor(db: DB, workspaceId: number, currency: string): Promise<number> {
  if (currency === 'USD') return 1;
  const { direct, reverse } = await findCurrencyRate(db, workspaceId, 'USD', currency);
  const d = direct === undefined ? undefined : parseRate(direct);
  if (d) return Number(d.numerator) / Number(d.denominator);
  const r = reverse === undefined ? undefined : parseRate(reverse);
  if (r) return Number(r.denominator) / Number(r.numerator);
  throw new AppError(
    'unprocessable',
    `No exchange rate between USD and ${currency} in this workspace: prices are computed in US dollars and converted with the workspace's rates (add one with \`microreach rates set USD ${currency} RATE --workspace SLUG\`).`,
    [{ path: 'budget_per_post.currency', message: `no USD→${currency} rate` }],
  );
}
