// A manual correction of a creator's balance by the finance role: signed (+ owed to her, − owed back),
// with a reason, payable at once. The caller's idempotency key makes a retried request add nothing.
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { findLedgerCreator } from '../../storage/ledger/find-ledger-creator.ts';
import { insertLedgerEntry } from '../../storage/ledger/insert-ledger-entry.ts';

export interface AdjustmentInput {
  creatorId: number;
  amountMinor: number;
  currency: string;
  reason: string;
  campaignId?: number;
  idempotencyKey?: string;
}

export async function recordAdjustment(
  db: DB,
  who: { workspaceId: number; userId: number | null },
  input: AdjustmentInput,
  now: string,
): Promise<{ transactionId: number | null; repeated: boolean }> {
  if (!(await findLedgerCreator(db, who.workspaceId, input.creatorId))) throw notFound(`Creator ${input.creatorId}`);
  if (input.reason.trim() === '')
    throw new AppError('validation_failed', 'An adjustment needs a reason', [{ path: 'reason', message: 'required' }]);
  if (input.campaignId !== undefined) {
    const campaign = await db
      .selectFrom('campaigns')
      .select('id')
      .where('id', '=', input.campaignId)
      .where('workspace_id', '=', who.workspaceId)
      .executeTakeFirst();
    if (!campaign) throw notFound(`Campaign ${input.campaignId}`);
  }
  const inserted = await insertLedgerEntry(
    db,
    who.workspaceId,
    {
      key: `adjustment:${input.idempotencyKey ?? randomUUID()}`,
      kind: 'adjustment',
      creatorId: input.creatorId,
      currency: input.currency,
      amountMinor: input.amountMinor,
      reason: input.reason.trim(),
      occurredAt: now,
      availableAt: now,
      campaignId: input.campaignId ?? null,
      enrollmentId: null,
      orderId: null,
      payoutLineId: null,
    },
    { now, createdBy: who.userId },
  );
  return { transactionId: inserted?.id ?? null, repeated: inserted === null };
}
