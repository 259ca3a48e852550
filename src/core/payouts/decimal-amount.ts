// Minor units → the plain decimal text payment files expect ("1234.50", JPY "1234"): exact, no grouping.
import { currencyExponent } from '../shared/currency.ts';

export function decimalAmount(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  return `${minor < 0 ? '-' : ''}${whole}${exponent > 0 ? `.${digits.slice(-exponent)}` : ''}`;
}
