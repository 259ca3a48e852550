// One ledger transaction as the core sees it, and its postings. Amounts are signed integer minor units in
// the creator's favour: + is owed to her (accrual, fee, payout return, positive adjustment), − is taken
// back or paid (reversal, payout, negative adjustment). Postings use "positive = credit", so the
// creator's account holds what she is owed and every transaction sums to zero by construction.
import { AppError } from '../app-error.ts';
import type { LedgerKind } from './ledger-kinds.ts';

export interface LedgerEntry {
  key: string;
  kind: LedgerKind;
  creatorId: number;
  currency: string;
  amountMinor: number;
  reason: string;
  occurredAt: string;
  /** When it counts in the payable balance (accruals and their reversals: order time + hold). */
  availableAt: string;
  campaignId: number | null;
  enrollmentId: number | null;
  orderId: number | null;
  payoutLineId: number | null;
}

export interface Posting {
  account: string;
  amountMinor: number;
}

export const creatorAccount = (creatorId: number) => `creator:${creatorId}`;

/** The brand-side account each kind moves money against. */
export const COUNTER_ACCOUNT: Record<LedgerKind, string> = {
  accrual: 'brand:expense:commission',
  reversal: 'brand:expense:commission',
  fee: 'brand:expense:fees',
  adjustment: 'brand:expense:adjustments',
  payout: 'brand:cash',
  payout_return: 'brand:cash',
};

/** The sign each kind must have in the creator's favour (adjustments: either, never zero). */
const SIGN: Record<LedgerKind, 1 | -1 | 0> = {
  accrual: 1,
  reversal: -1,
  fee: 1,
  adjustment: 0,
  payout: -1,
  payout_return: 1,
};

/** The two postings of an entry; throws naming the field when the amount is not a valid one for its kind. */
export function postingsFor(entry: LedgerEntry): Posting[] {
  const amount = entry.amountMinor;
  const sign = SIGN[entry.kind];
  const wrong =
    !Number.isSafeInteger(amount) || amount === 0
      ? 'must be a non-zero whole number of minor units'
      : sign !== 0 && Math.sign(amount) !== sign
        ? `must be ${sign > 0 ? 'positive' : 'negative'} for a ${entry.kind}`
        : null;
  if (wrong)
    throw new AppError('validation_failed', `Ledger entry ${entry.key}: amount_minor ${wrong}`, [
      { path: 'amount_minor', message: wrong },
    ]);
  return [
    { account: creatorAccount(entry.creatorId), amountMinor: amount },
    { account: COUNTER_ACCOUNT[entry.kind], amountMinor: -amount },
  ];
}
