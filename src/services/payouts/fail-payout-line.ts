// A paid (or sent) line that the provider or bank returned: the money goes back to payable through a
// payout_return entry keyed by the line, and the line keeps the provider's reason. Idempotent.
import { AppError, notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { insertLedgerEntry } from '../../storage/ledger/insert-ledger-entry.ts';
import { updatePayoutLine } from '../../storage/payouts/payout-batch-rows.ts';
import { getPayoutBatch } from './get-payout-batch.ts';

export async function failPayoutLine(
  db: DB,
  who: { workspaceId: number; userId: number | null },
  batchId: number,
  lineId: number,
  reason: string,
  now: string,
): Promise<void> {
  const batch = await getPayoutBatch(db, who.workspaceId, batchId);
  const line = batch.lines.find((l) => l.id === lineId);
  if (!line) throw notFound(`Line ${lineId} of payout batch ${batchId}`);
  if (!reason.trim())
    throw new AppError('validation_failed', `A failed line needs the provider's reason`, [
      { path: 'reason', message: 'required' },
    ]);
  if (line.status === 'failed') return;
  if (line.status !== 'paid' && line.status !== 'processing')
    throw new AppError('conflict', `Line ${lineId} is ${line.status}: only a paid or processing line can fail`, [
      { path: 'status', message: line.status },
    ]);
  // A processing line never reached the ledger; a paid one did and is put back.
  if (line.status === 'paid')
    await insertLedgerEntry(
      db,
      who.workspaceId,
      {
        key: `payout-return:line:${line.id}`,
        kind: 'payout_return',
        creatorId: line.creatorId,
        currency: line.currency,
        amountMinor: line.amountMinor,
        reason: `payout batch ${batchId} returned: ${reason.trim()}`,
        occurredAt: now,
        availableAt: now,
        campaignId: null,
        enrollmentId: null,
        orderId: null,
        payoutLineId: line.id,
      },
      { now, createdBy: who.userId },
    );
  await updatePayoutLine(db, who.workspaceId, lineId, { status: 'failed', failure_reason: reason.trim() }, now);
}
