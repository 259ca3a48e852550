// A batch's proposed lines as a payment file (core/payouts/payout-file-formats.ts), with each creator's
// unsealed payout details. Exporting changes nothing: marking the batch paid is its own step.
import type { PayoutFileFormat } from '../../core/payouts/payout-file-formats.ts';
import { payoutFile } from '../../core/payouts/payout-file-formats.ts';
import type { DB } from '../../storage/connect.ts';
import { getPayoutBatch } from './get-payout-batch.ts';
import { loadPayoutDetails } from './payout-details-store.ts';

export async function exportPayoutBatch(
  db: DB,
  key: Buffer,
  workspaceId: number,
  batchId: number,
  format: PayoutFileFormat,
  currency?: string,
): Promise<string> {
  const batch = await getPayoutBatch(db, workspaceId, batchId);
  const lines = batch.lines.filter((l) => l.status === 'proposed' || (batch.status === 'paid' && l.status === 'paid'));
  const details = await loadPayoutDetails(
    db,
    key,
    workspaceId,
    lines.map((l) => l.creatorId),
  );
  return payoutFile(
    format,
    lines.map((l) => ({
      lineId: l.id,
      batchId: batch.id,
      creatorId: l.creatorId,
      creatorName: l.creatorName,
      currency: l.currency,
      amountMinor: l.amountMinor,
      details: details.get(l.creatorId)?.details ?? null,
    })),
    currency,
  );
}
