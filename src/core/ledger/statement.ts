// A creator's statement: every ledger entry (what, when, why) with the running total owed to her in its
// currency, whether it is payable yet as of the given instant, and the balances (core/ledger/creator-balance.ts).
import { type BalanceEntry, type CreatorBalance, creatorBalances } from './creator-balance.ts';
import type { LedgerKind } from './ledger-kinds.ts';

export interface StatementSource extends BalanceEntry {
  id: number;
  kind: LedgerKind;
  reason: string;
  occurredAt: string;
  campaignId: number | null;
  orderId: number | null;
  payoutLineId: number | null;
}

export interface StatementLine extends StatementSource {
  payable: boolean;
  /** Everything booked in this currency up to and including this line (pending included). */
  runningMinor: number;
}

export interface Statement {
  asOf: string;
  lines: StatementLine[];
  balances: CreatorBalance[];
}

export function buildStatement(entries: readonly StatementSource[], asOf: string): Statement {
  const running = new Map<string, number>();
  const lines = entries.map((e) => {
    const total = (running.get(e.currency) ?? 0) + e.amountMinor;
    running.set(e.currency, total);
    const payable = e.kind === 'payout' || e.kind === 'payout_return' || Date.parse(e.availableAt) <= Date.parse(asOf);
    return { ...e, payable, runningMinor: total };
  });
  return { asOf, lines, balances: creatorBalances(entries, asOf) };
}
