import type { Kysely } from 'kysely';
import { AppError } from '../../core/app-error.ts';
import { parseRate } from '../../core/money/convert.ts';
import type { Database } from '../schema.ts';

/** Sets 1 `from` = `rate` `to` for the workspace (replacing an earlier rate of the pair). */
export async function setCurrencyRate(
  db: Kysely<Database>,
  workspaceId: number,
  from: string,
  to: string,
  rate: string,
): Promise<void> {
  if (!/^[A-Z]{3}$/.test(from) || !/^[A-Z]{3}$/.test(to) || from === to) {
    throw new AppError('validation_failed', `A rate needs two different ISO currency codes, got ${from}→${to}`, [
      { path: 'currency', message: 'ISO 4217 code' },
    ]);
  }
  if (!parseRate(rate))
    throw new AppError('validation_failed', `Rate "${rate}" must be a positive decimal (at most 12 decimals)`, [
      { path: 'rate', message: 'positive decimal' },
    ]);
  const now = new Date().toISOString();
  await db
    .insertInto('currency_rates')
    .values({ workspace_id: workspaceId, from_currency: from, to_currency: to, rate, updated_at: now })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'from_currency', 'to_currency']).doUpdateSet({ rate, updated_at: now }),
    )
    .execute();
}
