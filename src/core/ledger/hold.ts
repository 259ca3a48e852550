// The hold period: an order's commission becomes payable `holdDays` after the order was placed. The
// moment is stored on the accrual (and on its reversals), so "payable" is a comparison with the clock,
// not a job that moves money: no cron, and the answer for any past or future instant is the same.
const DAY_MS = 86_400_000;

/** ISO instant `holdDays` (whole days, ≥ 0) after `placedAt`. */
export const payableAt = (placedAt: string, holdDays: number): string =>
  new Date(Date.parse(placedAt) + holdDays * DAY_MS).toISOString();
