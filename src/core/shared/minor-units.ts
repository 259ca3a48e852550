// The one conversion pair between major units (pounds, yen, dinars) and integer minor units, by the
// currency's ISO 4217 exponent. Every computed price or budget crosses the boundary here: nowhere
// else may multiply or divide money by 100 (JPY has no minor unit, KWD has 1,000 fils).
import { currencyExponent } from './currency.ts';

/** Minor units in one major unit of the currency: 100 for GBP, 1 for JPY, 1,000 for KWD. */
export const minorPerMajor = (currency: string): number => 10 ** currencyExponent(currency);

/**
 * A computed major-unit amount (a float such as 45.675 dollars) → integer minor units, rounded half
 * away from zero, never truncated. toPrecision(15) drops float noise first (1.005 × 100 = 100.4999…).
 */
export function toMinor(major: number, currency: string): number {
  const scaled = Number((Math.abs(major) * minorPerMajor(currency)).toPrecision(15));
  const rounded = Math.round(scaled);
  return major < 0 ? -rounded : rounded;
}

/** Integer minor units → major units as a number (for ratios and USD comparisons, not for display). */
export const toMajor = (minor: number, currency: string): number => minor / minorPerMajor(currency);
