// How numbers look on screen. null is always "n/a" — never 0, never ∞ (PRODUCT.md).
import { formatAmount } from '../../../src/core/shared/format-amount.ts';
import { toMinorUnits } from '../../../src/core/shared/to-minor-units.ts';

export const NA = 'n/a';

export const int = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x) ? NA : Math.round(x).toLocaleString('en-GB');

/** 0.0342 → "3.42 %". */
export const pct = (x: number | null | undefined, digits = 1) =>
  x === null || x === undefined || !Number.isFinite(x) ? NA : `${(x * 100).toFixed(digits)} %`;

export const ratio = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined || !Number.isFinite(x) ? NA : x.toFixed(digits);

// Currency decimals, symbols and rounding come from the server's pure money module (one source of truth).
export { currencyExponent as exponentOf } from '../../../src/core/shared/currency.ts';
export { currencySymbol as symbolOf } from '../../../src/core/shared/format-amount.ts';

/** Minor units → "£1,234.50" ("£1,235" with `whole`, rounded, never truncated); null → "n/a". */
export function money(minor: number | null | undefined, currency: string, options: { whole?: boolean } = {}): string {
  return minor === null || minor === undefined || !Number.isFinite(minor) ? NA : formatAmount(minor, currency, options);
}

/** A major-unit amount typed by a user ("400", "12.5") → minor units (exact, by the currency's exponent), or null. */
export function toMinor(text: string, currency: string): number | null {
  return toMinorUnits(text.trim(), currency) ?? null;
}

export const date = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : NA);
export const dateTime = (iso: string | null | undefined) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : NA);

/** Compact follower counts for axes: 31,200 → "31.2k". */
export function compact(x: number): string {
  if (Math.abs(x) >= 1e6) return `${(x / 1e6).toFixed(1)}M`;
  if (Math.abs(x) >= 1e3) return `${(x / 1e3).toFixed(1)}k`;
  return String(Math.round(x));
}

export const titleCase = (s: string) => s.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

/** A cost the store or the brand did not give (null): "unknown" — never 0, and not "n/a" (it is not a ratio). */
export const costOrUnknown = (minor: number | null, currency: string) =>
  minor === null ? 'unknown' : money(minor, currency);
