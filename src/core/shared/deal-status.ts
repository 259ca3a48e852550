// A creator's deal in a campaign moves proposed → agreed → delivered → paid, or is declined
// (PRODUCT.md "Spend"): adding a creator with a pre-filled fee is a proposal, not a closed deal.
// Only an agreed (or later) deal counts its fee as spend and recalibrates fair prices.
export const DEAL_STATUSES = ['proposed', 'agreed', 'delivered', 'paid', 'declined'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

const ORDER: Record<Exclude<DealStatus, 'declined'>, number> = { proposed: 0, agreed: 1, delivered: 2, paid: 3 };

/** How a person reads each status (the creator's portal shows it to her). */
export const DEAL_STATUS_LABELS: Record<DealStatus, string> = {
  proposed: 'Proposed: not agreed yet',
  agreed: 'Agreed',
  delivered: 'Delivered',
  paid: 'Paid',
  declined: 'Declined',
};

/** The statuses in which the fee is spend and the deal is a closed price. */
export const isAgreed = (status: DealStatus): boolean =>
  status === 'agreed' || status === 'delivered' || status === 'paid';

/**
 * Why a move is refused, or null when allowed: forward only (a step may be skipped), and a deal can be
 * declined until it is delivered. Setting the same status again is allowed (repeating changes nothing).
 */
export function dealMoveError(from: DealStatus, to: DealStatus): string | null {
  if (from === to) return null;
  if (from === 'declined') return 'a declined deal is closed; enroll the creator in a new campaign instead';
  if (to === 'declined') return ORDER[from] <= ORDER.agreed ? null : `a ${from} deal can no longer be declined`;
  return ORDER[to] > ORDER[from] ? null : `a deal moves forward only (${from} → ${to})`;
}
