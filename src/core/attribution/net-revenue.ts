// Attributed revenue of one order (PRODUCT.md "Spend, ROAS"): the subtotal after discounts,
// excluding tax and shipping, minus refunds. A cancelled order contributes nothing. Refunds are
// capped at what is left, so net revenue is never negative and never exceeds the subtotal.

export interface RevenueInput {
  subtotalMinor: number;
  refundsMinor: readonly number[];
  cancelled: boolean;
}

export interface Revenue {
  /** Subtotal after discounts (0 for a cancelled order). */
  grossMinor: number;
  /** Refunds counted against it (capped at the gross). */
  refundsMinor: number;
  netMinor: number;
}

export function netRevenue(input: RevenueInput): Revenue {
  if (input.cancelled) return { grossMinor: 0, refundsMinor: 0, netMinor: 0 };
  const gross = Math.max(0, input.subtotalMinor);
  let refunded = 0;
  for (const r of input.refundsMinor) refunded = Math.min(gross, refunded + Math.max(0, r));
  return { grossMinor: gross, refundsMinor: refunded, netMinor: gross - refunded };
}
