import { currencyExponent } from './currency.ts';
import { divRoundHalfAway } from './round.ts';

/**
 * Exact conversion of a decimal amount ("186.90", "-10", 29.1) to integer minor units of a currency.
 * Digits beyond the currency's exponent are rounded half away from zero ("0.005" USD → 1).
 * Returns undefined for anything that is not a plain decimal number.
 */
export function toMinorUnits(amount: string | number, currency: string): number | undefined {
  const text = typeof amount === 'number' ? (Number.isFinite(amount) ? String(amount) : '') : amount.trim();
  const m = /^([+-])?(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) return undefined;
  const exponent = currencyExponent(currency);
  const fraction = m[3] ?? '';
  const digits = BigInt(`${m[2]}${fraction}` || '0');
  const scaled = divRoundHalfAway(digits * 10n ** BigInt(exponent), 10n ** BigInt(fraction.length));
  const value = Number(m[1] === '-' ? -scaled : scaled);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** "HKD 186.90": minor units shown with the currency's decimals (exact, no float formatting). */
export function formatMoney(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${currency} ${sign}${whole}${exponent > 0 ? `.${digits.slice(-exponent)}` : ''}`;
}
