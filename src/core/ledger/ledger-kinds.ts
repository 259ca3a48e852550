// The kinds of ledger transaction (PRODUCT.md "Payments"). payout_return puts a failed payout back.
export const LEDGER_KINDS = ['accrual', 'reversal', 'fee', 'adjustment', 'payout', 'payout_return'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];
