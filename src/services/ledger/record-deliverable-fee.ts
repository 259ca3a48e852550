// A fee earned when a deliverable is approved (a post, or the deal marked delivered): booked once per
// (enrollment, deliverable), payable at once. The content area calls this when it approves a post;
// set-deal-status.ts calls it with deliverableRef "deal" when a deal with a fee moves to delivered.
import { AppError, notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { insertLedgerEntry } from '../../storage/ledger/insert-ledger-entry.ts';

export interface DeliverableFee {
  workspaceId: number;
  enrollmentId: number;
  /** Stable name of what was delivered ("deal", "post:123"): the idempotency key is built from it. */
  deliverableRef: string;
  amountMinor: number;
  currency: string;
  now: string;
}

/** The ledger transaction id, or null when this deliverable's fee was already booked (a repeat). */
export async function recordDeliverableFee(db: DB, fee: DeliverableFee): Promise<{ transactionId: number | null }> {
  if (fee.deliverableRef.trim() === '')
    throw new AppError('validation_failed', 'A deliverable fee needs a deliverable reference', [
      { path: 'deliverableRef', message: 'required' },
    ]);
  const enrollment = await db
    .selectFrom('enrollments')
    .select(['id', 'creator_id', 'campaign_id'])
    .where('id', '=', fee.enrollmentId)
    .where('workspace_id', '=', fee.workspaceId)
    .executeTakeFirst();
  if (!enrollment) throw notFound(`Enrollment ${fee.enrollmentId}`);
  const inserted = await insertLedgerEntry(
    db,
    fee.workspaceId,
    {
      key: `fee:${fee.enrollmentId}:${fee.deliverableRef}`,
      kind: 'fee',
      creatorId: Number(enrollment.creator_id),
      currency: fee.currency,
      amountMinor: fee.amountMinor,
      reason: fee.deliverableRef === 'deal' ? 'fee: deal delivered' : `fee: ${fee.deliverableRef} approved`,
      occurredAt: fee.now,
      availableAt: fee.now,
      campaignId: Number(enrollment.campaign_id),
      enrollmentId: fee.enrollmentId,
      orderId: null,
      payoutLineId: null,
    },
    { now: fee.now, createdBy: null },
  );
  return { transactionId: inserted?.id ?? null };
}
