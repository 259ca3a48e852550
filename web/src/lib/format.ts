// How numbers look on screen. null is always "n/a" — never 0, never ∞ (PRODUCT.md).
export const NA = 'n/a';

export const int = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? NA : Math.round(x).toLocaleString('en-GB'));

/** 0.0342 → "3.42 %". */
export const pct = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || !Number.isFinite(x) ? NA : `${(x * 100).toFixed(digits)} %`);

export const ratio = (x: number | null | undefined, digits = 2) => (x === null || x === undefined || !Number.isFinite(x) ? NA : x.toFixed(digits));

const EXPONENTS: Record<string, number> = { JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3 };
export const exponentOf = (currency: string) => EXPONENTS[currency] ?? 2;

/** Minor units → "£1,234.50" (exact: integer arithmetic, no float rounding of money). */
export function money(minor: number | null | undefined, currency: string, options: { whole?: boolean } = {}): string {
  if (minor === null || minor === undefined || !Number.isFinite(minor)) return NA;
  const exp = exponentOf(currency);
  const sign = minor < 0 ? '−' : '';
  const digits = String(Math.abs(Math.round(minor))).padStart(exp + 1, '0');
  const whole = digits.slice(0, digits.length - exp).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = exp > 0 && !options.whole ? `.${digits.slice(-exp)}` : '';
  return `${sign}${symbolOf(currency)}${whole}${fraction}`;
}

export function symbolOf(currency: string): string {
  return ({ GBP: '£', USD: '$', EUR: '€', JPY: '¥' } as Record<string, string>)[currency] ?? `${currency} `;
}

/** A major-unit amount typed by a user ("400", "12.5") → minor units, or null. */
export function toMinor(text: string, currency: string): number | null {
  const m = /^\s*(\d+)(?:[.,](\d*))?\s*$/.exec(text);
  if (!m) return null;
  const exp = exponentOf(currency);
  const fraction = (m[2] ?? '').padEnd(exp, '0').slice(0, exp);
  return Number(`${m[1]}${fraction}`);
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
