import { divRoundHalfAway } from '../shared/round.ts';

// Ratios are computed once, here. A zero (or unknown) denominator gives null: JSON shows null and
// screens show "n/a" — never Infinity and never 0.

/** numerator / denominator as a float, or null when the denominator is 0 or unknown. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

/** Money per unit (CPA, CPE) in minor units, rounded half away from zero; null on a zero denominator. */
export function moneyPer(amountMinor: number, units: number | null, scale = 1): number | null {
  if (units === null || units === 0) return null;
  return Number(divRoundHalfAway(BigInt(amountMinor) * BigInt(scale), BigInt(units)));
}

/** A ratio rounded to 2 decimals (half away from zero) for display; null stays null. */
export const round2 = (value: number | null): number | null =>
  value === null ? null : (Math.sign(value) * Math.round(Math.abs(value) * 100 + Number.EPSILON)) / 100;

/** What a screen shows for a ratio. */
export const showRatio = (value: number | null, suffix = ''): string =>
  value === null ? 'n/a' : `${value.toFixed(2)}${suffix}`;
