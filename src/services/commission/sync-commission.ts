// Keeps the commission ledger of one order equal to what its current net revenue earns: a new order
// earns, a refund or cancellation claws back the difference (also after a payout: the creator's
// balance then goes negative, i.e. owed back). Idempotent: running it twice adds nothing.
import type { Kysely } from 'kysely';
import { netRevenue } from '../../core/attribution/net-revenue.ts';
import { commissionFor } from '../../core/money/commission.ts';
import type { Database } from '../../storage/schema.ts';

export async function syncCommission(db: Kysely<Database>, orderId: number, now: string, reason: string): Promise<number> {
  const row = await db.selectFrom('attributions as a').innerJoin('orders as o', 'o.id', 'a.order_id')
    .innerJoin('enrollments as e', 'e.id', 'a.enrollment_id').innerJoin('campaigns as c', 'c.id', 'e.campaign_id')
    .select(['o.workspace_id', 'o.subtotal_minor', 'o.cancelled_at', 'o.currency', 'e.id as enrollment_id', 'e.commission_bps'])
    .where('a.order_id', '=', orderId).executeTakeFirst();
  if (!row || row.commission_bps === 0) return 0;
  const refunds = await db.selectFrom('order_refunds').select('amount_minor').where('order_id', '=', orderId).orderBy('id').execute();
  const revenue = netRevenue({ subtotalMinor: row.subtotal_minor, refundsMinor: refunds.map((r) => r.amount_minor), cancelled: row.cancelled_at !== null });
  const due = commissionFor(revenue.netMinor, row.commission_bps);
  const booked = await db.selectFrom('commission_entries').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_minor'), eb.lit(0)).as('total'))
    .where('order_id', '=', orderId).where('kind', 'in', ['earned', 'clawback']).executeTakeFirstOrThrow();
  const delta = due - Number(booked.total);
  if (delta !== 0) {
    await db.insertInto('commission_entries').values({
      workspace_id: row.workspace_id, enrollment_id: row.enrollment_id, order_id: orderId,
      kind: delta > 0 ? 'earned' : 'clawback', amount_minor: delta, currency: row.currency, reason, created_at: now,
    }).execute();
  }
  return delta;
}
