import type { DB } from '../connect.ts';

/** The workspace's stored currency rates, by source then target currency. */
export const listCurrencyRates = (db: DB, workspaceId: number) =>
  db
    .selectFrom('currency_rates')
    .select(['from_currency', 'to_currency', 'rate', 'updated_at'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('from_currency')
    .orderBy('to_currency')
    .execute();
