import { currencyExponent } from '../shared/currency.ts';

/**
 * Integer minor units → the exact decimal text a store API takes ("1050" GBP → "10.50", 500 JPY →
 * "500"), by string arithmetic so no float ever rounds an amount sent to a store.
 */
export function minorToDecimalText(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const digits = Math.abs(Math.trunc(minor))
    .toString()
    .padStart(exponent + 1, '0');
  const sign = minor < 0 ? '-' : '';
  if (exponent === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** Basis points → a percentage as decimal text (2000 → "20", 1250 → "12.5"). */
export function bpsToPercentText(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const rest = bps % 100;
  if (rest === 0) return String(whole);
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}
