// JSON shapes of creator statements and payout batches (API and CLI --json answer the same).
import type { PayoutDetails } from '../core/payouts/payout-details.ts';
import { maskPayoutDetails } from '../core/payouts/payout-details.ts';
import type { CreatorStatement } from '../services/ledger/creator-statement.ts';
import type { PayoutBatchRow } from '../storage/payouts/payout-batch-rows.ts';

export function presentStatement(s: CreatorStatement) {
  return {
    creator: s.creator,
    campaign_id: s.campaignId,
    as_of: s.asOf,
    balances: s.balances.map((b) => ({
      currency: b.currency,
      payable_minor: b.payableMinor,
      pending_minor: b.pendingMinor,
      accruals_minor: b.accrualsMinor,
      reversals_minor: b.reversalsMinor,
      fees_minor: b.feesMinor,
      adjustments_minor: b.adjustmentsMinor,
      paid_minor: b.paidMinor,
    })),
    lines: s.lines.map((l) => ({
      id: l.id,
      kind: l.kind,
      occurred_at: l.occurredAt,
      available_at: l.availableAt,
      payable: l.payable,
      amount_minor: l.amountMinor,
      currency: l.currency,
      running_minor: l.runningMinor,
      reason: l.reason,
      campaign_id: l.campaignId,
      order_id: l.orderId,
      payout_line_id: l.payoutLineId,
    })),
  };
}

export function presentPayoutBatch(b: PayoutBatchRow) {
  const totals = new Map<string, { currency: string; amount_minor: number; lines: number }>();
  for (const l of b.lines) {
    if (l.status === 'excluded' || l.status === 'failed') continue;
    const t = totals.get(l.currency) ?? { currency: l.currency, amount_minor: 0, lines: 0 };
    t.amount_minor += l.amountMinor;
    t.lines += 1;
    totals.set(l.currency, t);
  }
  return {
    id: b.id,
    status: b.status,
    as_of: b.asOf,
    minimum_minor: b.minimumMinor,
    created_at: b.createdAt,
    paid_at: b.paidAt,
    paid_via: b.paidVia,
    totals: [...totals.values()].sort((x, y) => x.currency.localeCompare(y.currency)),
    lines: b.lines.map((l) => ({
      id: l.id,
      creator: { id: l.creatorId, name: l.creatorName },
      currency: l.currency,
      amount_minor: l.amountMinor,
      status: l.status,
      excluded_reason: l.excludedReason,
      failure_reason: l.failureReason,
      provider: l.provider,
      provider_ref: l.providerRef,
    })),
  };
}

export function presentPayoutDetails(
  creatorId: number,
  found: { details: PayoutDetails; updatedAt: string } | undefined,
) {
  return {
    creator_id: creatorId,
    details: found ? maskPayoutDetails(found.details) : null,
    updated_at: found?.updatedAt ?? null,
  };
}
