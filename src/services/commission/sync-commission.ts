// Keeps the ledger's commission on one order equal to what its current net revenue earns: a new order
// accrues, a refund, cancellation or deletion reverses the difference (also after a payout: the
// creator's balance then goes negative, i.e. owed back), a restore accrues again. Each entry's
// idempotency key is the order's n-th commission entry, so two writers racing on the same order
// collide on the key instead of booking twice. Idempotent: running it twice adds nothing.
import type { Kysely } from 'kysely';
import { netRevenue, type RevenueInput } from '../../core/attribution/net-revenue.ts';
import { payableAt } from '../../core/ledger/hold.ts';
import { commissionFor } from '../../core/money/commission.ts';
import { insertLedgerEntry } from '../../storage/ledger/insert-ledger-entry.ts';
import { bookedCommission } from '../../storage/ledger/order-commission.ts';
import type { Database } from '../../storage/schema.ts';

/** What a caller that just stored the order already knows (a new order: nothing booked yet). */
export interface KnownCommissionFacts {
  workspaceId: number;
  enrollmentId: number;
  commissionBps: number;
  currency: string;
  revenue: RevenueInput;
  bookedMinor: number;
  /** The order's date and the enrollment's creator, campaign and hold, when the caller has read them already. */
  context?: CommissionContext;
}

interface CommissionContext {
  placedAt: string;
  creatorId: number;
  campaignId: number;
  holdDays: number;
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
  const context = facts.context ?? (await loadContext(db, orderId, facts.enrollmentId));
  const booked = known
    ? { bookedMinor: known.bookedMinor, entries: 0 }
    : await bookedCommission(db, facts.workspaceId, orderId);
  const due = commissionFor(netRevenue(facts.revenue).netMinor, facts.commissionBps);
  const delta = due - booked.bookedMinor;
  if (delta !== 0) {
    await insertLedgerEntry(
      db,
      facts.workspaceId,
      {
        key: `order:${orderId}:commission:${booked.entries + 1}`,
        kind: delta > 0 ? 'accrual' : 'reversal',
        creatorId: context.creatorId,
        currency: facts.currency,
        amountMinor: delta,
        reason,
        occurredAt: now,
        // The order's commission, and every correction of it, becomes payable together after the hold.
        availableAt: payableAt(context.placedAt, context.holdDays),
        campaignId: context.campaignId,
        enrollmentId: facts.enrollmentId,
        orderId,
        payoutLineId: null,
      },
      { now, createdBy: null },
    );
  }
  return delta;
}

async function loadContext(db: Kysely<Database>, orderId: number, enrollmentId: number): Promise<CommissionContext> {
  const [order, enrollment] = await Promise.all([
    db.selectFrom('orders').select('placed_at').where('id', '=', orderId).executeTakeFirstOrThrow(),
    db
      .selectFrom('enrollments as e')
      .innerJoin('campaigns as c', 'c.id', 'e.campaign_id')
      .select(['e.creator_id', 'e.campaign_id', 'c.hold_days'])
      .where('e.id', '=', enrollmentId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    placedAt: order.placed_at,
    creatorId: Number(enrollment.creator_id),
    campaignId: Number(enrollment.campaign_id),
    holdDays: enrollment.hold_days,
  };
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
    bookedMinor: 0,
  };
}
