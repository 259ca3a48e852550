// The finance role's first step: a draft batch of everything payable as of an instant (not after now:
// a future as-of would pay commission still in its hold), one line per creator per currency, at least
// the minimum. Lines already held by an unsettled batch are not proposed twice. Call in a transaction.
import { AppError } from '../../core/app-error.ts';
import { creatorBalances } from '../../core/ledger/creator-balance.ts';
import { type PayableBalance, proposePayoutLines } from '../../core/payouts/propose-payout-lines.ts';
import type { DB } from '../../storage/connect.ts';
import { listLedgerEntries } from '../../storage/ledger/list-ledger-entries.ts';
import { insertPayoutBatch, reservedPayoutAmounts } from '../../storage/payouts/payout-batch-rows.ts';

export interface PrepareInput {
  asOf?: string;
  minimumMinor?: number;
}

export async function preparePayoutBatch(
  db: DB,
  who: { workspaceId: number; userId: number | null },
  input: PrepareInput,
  now: string,
): Promise<{ batchId: number }> {
  const asOf = input.asOf ?? now;
  if (Number.isNaN(Date.parse(asOf)))
    throw new AppError('validation_failed', `as_of "${asOf}" is not an ISO date-time`, [
      { path: 'as_of', message: 'not a date-time' },
    ]);
  if (Date.parse(asOf) > Date.parse(now))
    throw new AppError('validation_failed', `as_of ${asOf} is in the future`, [
      { path: 'as_of', message: 'must not be after now' },
    ]);
  const minimumMinor = input.minimumMinor ?? 0;
  if (!Number.isSafeInteger(minimumMinor) || minimumMinor < 0)
    throw new AppError('validation_failed', 'minimum_minor must be a whole number ≥ 0', [
      { path: 'minimum_minor', message: 'a whole number of minor units ≥ 0' },
    ]);
  const entries = await listLedgerEntries(db, who.workspaceId);
  const byCreator = new Map<number, typeof entries>();
  for (const e of entries) byCreator.set(e.creatorId, [...(byCreator.get(e.creatorId) ?? []), e]);
  const balances: PayableBalance[] = [];
  for (const [creatorId, list] of byCreator)
    for (const b of creatorBalances(list, asOf))
      balances.push({ creatorId, currency: b.currency, payableMinor: b.payableMinor });
  const lines = proposePayoutLines(balances, await reservedPayoutAmounts(db, who.workspaceId), minimumMinor);
  const batchId = await insertPayoutBatch(
    db,
    who.workspaceId,
    { asOf: new Date(asOf).toISOString(), minimumMinor, createdBy: who.userId, now },
    lines,
  );
  return { batchId };
}
