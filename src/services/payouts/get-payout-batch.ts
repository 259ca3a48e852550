// One payout batch of the workspace with its lines, or 404 (also for another workspace's batch).
import { notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { loadPayoutBatch, type PayoutBatchRow } from '../../storage/payouts/payout-batch-rows.ts';

export async function getPayoutBatch(db: DB, workspaceId: number, batchId: number): Promise<PayoutBatchRow> {
  const batch = await loadPayoutBatch(db, workspaceId, batchId);
  if (!batch) throw notFound(`Payout batch ${batchId}`);
  return batch;
}
