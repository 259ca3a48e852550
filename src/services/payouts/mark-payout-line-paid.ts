// Settles one line: a payout entry in the ledger keyed by the line (so a repeat, or a provider's
// webhook arriving twice, pays nothing more) and the line marked paid. Returns false when it was already.
import type { DB } from '../../storage/connect.ts';
import { insertLedgerEntry } from '../../storage/ledger/insert-ledger-entry.ts';
import { type PayoutLineRow, updatePayoutLine } from '../../storage/payouts/payout-batch-rows.ts';
import { emitEvent } from '../webhooks/emit-event.ts';

export async function markPayoutLinePaid(
  db: DB,
  who: { workspaceId: number; userId: number | null },
  line: PayoutLineRow,
  via: { provider: string; providerRef: string | null },
  now: string,
): Promise<boolean> {
  const inserted = await insertLedgerEntry(
    db,
    who.workspaceId,
    {
      key: `payout:line:${line.id}`,
      kind: 'payout',
      creatorId: line.creatorId,
      currency: line.currency,
      amountMinor: -line.amountMinor,
      reason: `payout batch ${line.batchId} (${via.provider}${via.providerRef ? ` ${via.providerRef}` : ''})`,
      occurredAt: now,
      availableAt: now,
      campaignId: null,
      enrollmentId: null,
      orderId: null,
      payoutLineId: line.id,
    },
    { now, createdBy: who.userId },
  );
  await updatePayoutLine(
    db,
    who.workspaceId,
    line.id,
    { status: 'paid', provider: via.provider, provider_ref: via.providerRef, failure_reason: null },
    now,
  );
  if (inserted !== null)
    await emitEvent(
      db,
      who.workspaceId,
      'payout.paid',
      {
        batch_id: line.batchId,
        line_id: line.id,
        creator_id: line.creatorId,
        currency: line.currency,
        amount_minor: line.amountMinor,
        provider: via.provider,
        provider_ref: via.providerRef,
      },
      new Date(now),
    );
  return inserted !== null;
}
