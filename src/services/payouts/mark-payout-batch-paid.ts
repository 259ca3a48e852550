// The batch was paid outside microreach (its exported file uploaded to PayPal, Wise or the bank): every
// proposed line becomes a payout entry in the ledger. Returns the lines paid by this call — the seam
// for whatever announces payouts (outgoing `payout.paid` webhooks). Repeating it pays nothing more.
import { AppError } from '../../core/app-error.ts';
import type { PayoutFileFormat } from '../../core/payouts/payout-file-formats.ts';
import type { DB } from '../../storage/connect.ts';
import type { PayoutLineRow } from '../../storage/payouts/payout-batch-rows.ts';
import { getPayoutBatch } from './get-payout-batch.ts';
import { markPayoutLinePaid } from './mark-payout-line-paid.ts';

export async function markPayoutBatchPaid(
  db: DB,
  who: { workspaceId: number; userId: number | null },
  batchId: number,
  via: PayoutFileFormat,
  now: string,
): Promise<{ paidLines: PayoutLineRow[] }> {
  const batch = await getPayoutBatch(db, who.workspaceId, batchId);
  if (batch.status === 'paid') return { paidLines: [] };
  const toPay = batch.lines.filter((l) => l.status === 'proposed');
  if (toPay.length === 0)
    throw new AppError('conflict', `Payout batch ${batchId} has no line to pay`, [
      { path: 'lines', message: 'none proposed' },
    ]);
  const paidLines: PayoutLineRow[] = [];
  for (const line of toPay)
    if (await markPayoutLinePaid(db, who, line, { provider: via, providerRef: null }, now))
      paidLines.push({ ...line, status: 'paid', provider: via });
  await db
    .updateTable('payout_batches')
    .set({ status: 'paid', paid_at: now, paid_via: via })
    .where('id', '=', batchId)
    .where('workspace_id', '=', who.workspaceId)
    .execute();
  return { paidLines };
}
