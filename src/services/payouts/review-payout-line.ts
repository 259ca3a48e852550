// Review of a draft batch: a line is excluded with a reason (its money stays payable for a later
// batch) or included again. Only a draft can change; repeating the same call changes nothing.
import { AppError, notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { updatePayoutLine } from '../../storage/payouts/payout-batch-rows.ts';
import { getPayoutBatch } from './get-payout-batch.ts';

export async function reviewPayoutLine(
  db: DB,
  workspaceId: number,
  batchId: number,
  lineId: number,
  decision: { exclude: true; reason: string } | { exclude: false },
  now: string,
): Promise<void> {
  const batch = await getPayoutBatch(db, workspaceId, batchId);
  const line = batch.lines.find((l) => l.id === lineId);
  if (!line) throw notFound(`Line ${lineId} of payout batch ${batchId}`);
  if (batch.status !== 'draft')
    throw new AppError('conflict', `Payout batch ${batchId} is ${batch.status}: its lines can no longer change`, [
      { path: 'batch', message: batch.status },
    ]);
  if (decision.exclude) {
    const reason = decision.reason.trim();
    if (!reason)
      throw new AppError('validation_failed', `Excluding line ${lineId} needs a reason`, [
        { path: 'reason', message: 'required' },
      ]);
    await updatePayoutLine(db, workspaceId, lineId, { status: 'excluded', excluded_reason: reason }, now);
  } else {
    await updatePayoutLine(db, workspaceId, lineId, { status: 'proposed', excluded_reason: null }, now);
  }
}
