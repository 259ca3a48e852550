import type { DB } from '../connect.ts';

/** The workspace's stored rate of a pair in either direction: 1 `from` = rate `to` (direct), or its reverse row. */
export async function findCurrencyRate(db: DB, workspaceId: number, from: string, to: string) {
  const rows = await db
    .selectFrom('currency_rates')
    .select(['from_currency', 'to_currency', 'rate'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or([
        eb.and([eb('from_currency', '=', from), eb('to_currency', '=', to)]),
        eb.and([eb('from_currency', '=', to), eb('to_currency', '=', from)]),
      ]),
    )
    .execute();
  const direct = rows.find((r) => r.from_currency === from);
  const reverse = rows.find((r) => r.from_currency === to);
  return { direct: direct?.rate, reverse: reverse?.rate };
}
