// A creator's balance in one currency, derived from her ledger entries as of an instant:
// payable = payable accruals + fees + adjustments − payable reversals − payouts (+ returned payouts).
// Accruals and reversals count once their available_at has passed (the hold); everything else counts
// from when it was booked. Money already paid out always counts, whatever the as-of, so a batch
// prepared "as of" an earlier instant never pays it twice. It may be negative (owed back).
import type { LedgerKind } from './ledger-kinds.ts';

export interface BalanceEntry {
  kind: LedgerKind;
  currency: string;
  amountMinor: number;
  availableAt: string;
}

export interface CreatorBalance {
  currency: string;
  payableMinor: number;
  /** Accruals minus their reversals still in their hold period. */
  pendingMinor: number;
  accrualsMinor: number;
  reversalsMinor: number;
  feesMinor: number;
  adjustmentsMinor: number;
  /** Paid out, net of returned (failed) payouts: a positive number. */
  paidMinor: number;
}

const counts = (e: BalanceEntry, asOf: string) =>
  e.kind === 'payout' || e.kind === 'payout_return' || Date.parse(e.availableAt) <= Date.parse(asOf);

/** One balance per currency, in currency order. */
export function creatorBalances(entries: readonly BalanceEntry[], asOf: string): CreatorBalance[] {
  const by = new Map<string, CreatorBalance>();
  for (const e of entries) {
    let b = by.get(e.currency);
    if (!b) {
      b = {
        currency: e.currency,
        payableMinor: 0,
        pendingMinor: 0,
        accrualsMinor: 0,
        reversalsMinor: 0,
        feesMinor: 0,
        adjustmentsMinor: 0,
        paidMinor: 0,
      };
      by.set(e.currency, b);
    }
    if (!counts(e, asOf)) {
      b.pendingMinor += e.amountMinor;
      continue;
    }
    b.payableMinor += e.amountMinor;
    if (e.kind === 'accrual') b.accrualsMinor += e.amountMinor;
    else if (e.kind === 'reversal') b.reversalsMinor -= e.amountMinor;
    else if (e.kind === 'fee') b.feesMinor += e.amountMinor;
    else if (e.kind === 'adjustment') b.adjustmentsMinor += e.amountMinor;
    else b.paidMinor -= e.amountMinor;
  }
  return [...by.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
