// What a payout batch proposes: one line per creator per currency with her payable balance, less what
// open lines of other batches already hold for her, when it reaches the minimum (and is positive).
export interface PayableBalance {
  creatorId: number;
  currency: string;
  payableMinor: number;
}

export interface ProposedLine {
  creatorId: number;
  currency: string;
  amountMinor: number;
}

const keyOf = (creatorId: number, currency: string) => `${creatorId}:${currency}`;

/** `minimumMinor` is in each line's own currency's minor units; lines come in creator, currency order. */
export function proposePayoutLines(
  balances: readonly PayableBalance[],
  reserved: readonly PayableBalance[],
  minimumMinor: number,
): ProposedLine[] {
  const held = new Map<string, number>();
  for (const r of reserved)
    held.set(keyOf(r.creatorId, r.currency), (held.get(keyOf(r.creatorId, r.currency)) ?? 0) + r.payableMinor);
  return balances
    .map((b) => ({
      creatorId: b.creatorId,
      currency: b.currency,
      amountMinor: b.payableMinor - (held.get(keyOf(b.creatorId, b.currency)) ?? 0),
    }))
    .filter((l) => l.amountMinor > 0 && l.amountMinor >= minimumMinor)
    .sort((a, b) => a.creatorId - b.creatorId || a.currency.localeCompare(b.currency));
}
