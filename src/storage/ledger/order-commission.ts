// What the ledger holds for orders' commission (accruals minus reversals, in the order currency):
// for one order (what sync-commission has booked), or per order of a campaign (what the report shows).
import type { DB } from '../connect.ts';

const commission = (db: DB, workspaceId: number) =>
  db
    .selectFrom('ledger_transactions as t')
    .innerJoin('ledger_postings as p', (j) =>
      j.onRef('p.transaction_id', '=', 't.id').on('p.account', 'like', 'creator:%'),
    )
    .where('t.workspace_id', '=', workspaceId)
    .where('t.kind', 'in', ['accrual', 'reversal']);

export async function bookedCommission(
  db: DB,
  workspaceId: number,
  orderId: number,
): Promise<{ bookedMinor: number; entries: number }> {
  const row = await commission(db, workspaceId)
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>('p.amount_minor'), eb.lit(0)).as('total'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where('t.order_id', '=', orderId)
    .executeTakeFirstOrThrow();
  return { bookedMinor: Number(row.total), entries: Number(row.n) };
}

/** order id → commission booked (order currency), for the orders of one campaign. */
export async function commissionByOrder(db: DB, workspaceId: number, campaignId: number): Promise<Map<number, number>> {
  const rows = await commission(db, workspaceId)
    .select(['t.order_id', (eb) => eb.fn.sum<number>('p.amount_minor').as('total')])
    .where('t.campaign_id', '=', campaignId)
    .where('t.order_id', 'is not', null)
    .groupBy('t.order_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.order_id), Number(r.total)]));
}
