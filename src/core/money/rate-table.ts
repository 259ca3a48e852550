// Converts amounts into one reporting currency with the workspace's own rates table (no live FX).
// A direct rate (from→to) is used as given; otherwise the reverse rate (to→from) is inverted exactly.
// Every conversion rounds half away from zero once, per amount, before summing.
import { AppError } from '../app-error.ts';
import { convertByFraction, parseRate } from './convert.ts';

export interface RateRow {
  from: string;
  to: string;
  rate: string;
}

export type Converter = (amountMinor: number, from: string) => number;

export function converterTo(target: string, rates: readonly RateRow[]): Converter {
  return (amount, from) => {
    if (from === target || amount === 0) return amount;
    const direct = rates.find((r) => r.from === from && r.to === target);
    const reverse = direct ? undefined : rates.find((r) => r.from === target && r.to === from);
    const parsed = parseRate((direct ?? reverse)?.rate ?? '');
    if (!parsed) {
      throw new AppError(
        'unprocessable',
        `No currency rate ${from}→${target} in this workspace; add one with \`microreach rates set ${from} ${target} RATE\``,
        [{ path: 'currency_rates', message: `missing ${from}→${target}` }],
      );
    }
    return convertByFraction(
      amount,
      from,
      target,
      direct ? parsed : { numerator: parsed.denominator, denominator: parsed.numerator },
    );
  };
}
