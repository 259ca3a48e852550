// Keeps the commission ledger of one order equal to what its current net revenue earns: a new order
// earns, a refund or cancellation claws back the difference (also after a payout: the creator's
// balance then goes negative, i.e. owed back). Idempotent: running it twice adds nothing.
import type { Kysely } from 'kysely';
import { netRevenue, type RevenueInput } from '../../core/attribution/net-revenue.ts';
import { commissionFor } from '../../core/money/commission.ts';
import type { Database } from '../../storage/schema.ts';

/** What a caller that just stored the order already knows (a new order: nothing booked yet). */
export interface KnownCommissionFacts {
  workspaceId: number;
  enrollmentId: number;
  commissionBps: number;
  currency: string;
  revenue: RevenueInput;
  bookedMinor: number;
}

export async function syncCommission(
  db: Kysely<Database>,
  orderId: number,
  now: string,
  reason: string,
  known?: KnownCommissionFacts,
): Promise<number> {
  const facts = known ?? (await loadFacts(db, orderId));
  if (!facts || facts.commissionBps === 0) return 0;
  const due = commissionFor(netRevenue(facts.revenue).netMinor, facts.commissionBps);
  const delta = due - facts.bookedMinor;
  if (delta !== 0) {
    await db
      .insertInto('commission_entries')
      .values({
        workspace_id: facts.workspaceId,
        enrollment_id: facts.enrollmentId,
        order_id: orderId,
        kind: delta > 0 ? 'earned' : 'clawback',
        amount_minor: delta,
        currency: facts.currency,
        reason,
        created_at: now,
      })
      .execute();
  }
  return delta;
}

async function loadFacts(db: Kysely<Database>, orderId: number): Promise<KnownCommissionFacts | undefined> {
  const row = await db
    .selectFrom('attributions as a')
    .innerJoin('orders as o', 'o.id', 'a.order_id')
    .innerJoin('enrollments as e', 'e.id', 'a.enrollment_id')
    .select([
      'o.workspace_id',
      'o.subtotal_minor',
      'o.cancelled_at',
      'o.currency',
      'e.id as enrollment_id',
      'e.commission_bps',
    ])
    .where('a.order_id', '=', orderId)
    .executeTakeFirst();
  if (!row || row.commission_bps === 0) return undefined;
  const refunds = await db
    .selectFrom('order_refunds')
    .select('amount_minor')
    .where('order_id', '=', orderId)
    .orderBy('id')
    .execute();
  const booked = await db
    .selectFrom('commission_entries')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_minor'), eb.lit(0)).as('total'))
    .where('order_id', '=', orderId)
    .where('kind', 'in', ['earned', 'clawback'])
    .executeTakeFirstOrThrow();
  return {
    workspaceId: row.workspace_id,
    enrollmentId: row.enrollment_id,
    commissionBps: row.commission_bps,
    currency: row.currency,
    revenue: {
      subtotalMinor: row.subtotal_minor,
      refundsMinor: refunds.map((r) => r.amount_minor),
      cancelled: row.cancelled_at !== null,
    },
    bookedMinor: Number(booked.total),
  };
}
