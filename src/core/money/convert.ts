import { currencyExponent } from '../shared/currency.ts';
import { divRoundHalfAway } from '../shared/round.ts';

/** A rate as an exact fraction: "1.1734" → 11734 / 10000. Undefined unless a positive decimal. */
export function parseRate(rate: string): { numerator: bigint; denominator: bigint } | undefined {
  const m = /^(\d+)(?:\.(\d{1,12}))?$/.exec(rate.trim());
  if (!m) return undefined;
  const fraction = m[2] ?? '';
  const numerator = BigInt(`${m[1]}${fraction}`);
  if (numerator === 0n) return undefined;
  return { numerator, denominator: 10n ** BigInt(fraction.length) };
}

/**
 * Converts minor units of `from` into minor units of `to` at `rate` (1 from = rate to), exactly,
 * rounding half away from zero once at the end. Accounts for different exponents (JPY 0, USD 2).
 */
export function convertMinor(amount: number, from: string, to: string, rate: string): number {
  if (from === to) return amount;
  const parsed = parseRate(rate);
  if (!parsed) throw new RangeError(`Invalid rate "${rate}" for ${from}→${to}`);
  return convertByFraction(amount, from, to, parsed);
}

/** Same, with the rate as an exact fraction (rate-table.ts inverts a reverse rate this way). */
export function convertByFraction(
  amount: number,
  from: string,
  to: string,
  rate: { numerator: bigint; denominator: bigint },
): number {
  const shift = currencyExponent(to) - currencyExponent(from);
  const numerator = BigInt(amount) * rate.numerator * (shift > 0 ? 10n ** BigInt(shift) : 1n);
  const denominator = rate.denominator * (shift < 0 ? 10n ** BigInt(-shift) : 1n);
  return Number(divRoundHalfAway(numerator, denominator));
}
