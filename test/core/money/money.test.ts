import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commissionFor, parsePercentToBps } from '../../../src/core/money/commission.ts';
import { convertMinor } from '../../../src/core/money/convert.ts';
import { converterTo } from '../../../src/core/money/rate-table.ts';
import { moneyPer, ratio, round2, showRatio } from '../../../src/core/money/ratio.ts';
import { divRoundHalfAway } from '../../../src/core/shared/round.ts';
import { formatMoney, toMinorUnits } from '../../../src/core/shared/to-minor-units.ts';

describe('toMinorUnits (exact; extra digits rounded half away from zero)', () => {
  it.each([
    ['186.90', 'HKD', 18690],
    ['29.1', 'USD', 2910],
    ['0.005', 'USD', 1],
    ['0.004', 'USD', 0],
    ['-0.005', 'USD', -1],
    ['1000', 'JPY', 1000],
    ['1000.5', 'JPY', 1001],
    ['1.2345', 'KWD', 1235],
    [29.35, 'USD', 2935],
    ['12,00', 'EUR', undefined],
    ['', 'USD', undefined],
    ['abc', 'USD', undefined],
  ])('%s %s → %s', (amount, currency, expected) => {
    expect(toMinorUnits(amount, currency)).toBe(expected);
  });

  it('round-trips every 2-decimal amount exactly (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (minor) => {
        const text = `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`;
        expect(toMinorUnits(text, 'USD')).toBe(minor);
      }),
    );
  });
});

describe('formatMoney', () => {
  it.each([
    [18690, 'HKD', 'HKD 186.90'],
    [-5, 'USD', 'USD -0.05'],
    [1234567, 'GBP', 'GBP 12,345.67'],
    [1500, 'JPY', 'JPY 1,500'],
  ])('%i %s → %s', (minor, currency, text) => expect(formatMoney(minor, currency)).toBe(text));
});

describe('divRoundHalfAway (the one rounding rule: half away from zero)', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [7n, 3n, 2n],
    [8n, 3n, 3n],
    [-8n, 3n, -3n],
    [1n, 4n, 0n],
    [2n, 4n, 1n],
    [0n, 7n, 0n],
  ])('%i / %i → %i', (n, d, q) => expect(divRoundHalfAway(n, d)).toBe(q));

  it('is never more than half a unit away from the real quotient (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (n, d) => {
          const q = divRoundHalfAway(n, d);
          const twiceError = 2n * (q * d - n);
          expect(twiceError <= d && twiceError >= -d).toBe(true);
        },
      ),
    );
  });
});

describe('commission = net × rate / 10,000, rounded half away from zero', () => {
  it.each([
    ['10% of 99.95 → 9.995 → 10.00 (half away)', 9995, 1000, 1000],
    ['10% of 99.94 → 9.994 → 9.99', 9994, 1000, 999],
    ['12.5% of 0.04 → 0.005 → 0.01', 4, 1250, 1],
    ['0% → 0', 10000, 0, 0],
    ['negative revenue earns nothing', -500, 1000, 0],
  ])('%s', (_label, net, bps, expected) => expect(commissionFor(net, bps)).toBe(expected));

  it.each([
    ['10%', 1000],
    ['12.5', 1250],
    ['0', 0],
    ['100%', 10000],
    ['101%', undefined],
    ['ten', undefined],
  ])('parses %s as %s bps', (text, bps) => {
    expect(parsePercentToBps(text)).toBe(bps);
  });

  it('never exceeds revenue and grows with it (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 0, max: 10_000 }),
        (a, b, bps) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(commissionFor(hi, bps)).toBeLessThanOrEqual(hi);
          expect(commissionFor(lo, bps)).toBeLessThanOrEqual(commissionFor(hi, bps));
        },
      ),
    );
  });
});

describe('convertMinor (exact rate, rounded half away from zero once)', () => {
  it.each([
    ['USD→GBP 100.00 at 0.79 = 79.00', 10000, 'USD', 'GBP', '0.79', 7900],
    ['HKD→USD 186.90 at 0.1285 = 24.01665 → 24.02', 18690, 'HKD', 'USD', '0.1285', 2402],
    ['USD→JPY 1.00 at 151.5 = 151.5 → 152', 100, 'USD', 'JPY', '151.5', 152],
    ['JPY→USD 1,000 at 0.0066 = 6.60', 1000, 'JPY', 'USD', '0.0066', 660],
    ['same currency ignores the rate', 123, 'EUR', 'EUR', '9', 123],
    ['negative amounts round away from zero too', -5, 'USD', 'GBP', '0.5', -3],
  ])('%s', (_label, amount, from, to, rate, expected) => expect(convertMinor(amount, from, to, rate)).toBe(expected));

  it('rejects a malformed or zero rate', () => {
    expect(() => convertMinor(1, 'USD', 'GBP', '0')).toThrow(/rate/);
    expect(() => convertMinor(1, 'USD', 'GBP', '1,2')).toThrow(/rate/);
  });
});

describe('ratios: zero denominators are null ("n/a")', () => {
  it.each([
    ['ROAS 300/100', 300, 100, 3],
    ['zero spend', 300, 0, null],
    ['unknown impressions', 300, null, null],
  ])('%s', (_l, n, d, r) => expect(ratio(n, d)).toBe(r));

  it.each([
    ['CPA 100.00 / 3 orders = 33.33', 10000, 3, 1, 3333],
    ['CPA 100.00 / 8 orders = 12.50', 10000, 8, 1, 1250],
    ['CPM 50.00 over 12,345 impressions ×1000 = 4.05', 5000, 12345, 1000, 405],
    ['CPE with no engagements', 5000, 0, 1, null],
  ])('%s (half away from zero)', (_l, amount, units, scale, expected) =>
    expect(moneyPer(amount, units, scale)).toBe(expected),
  );

  it('shows n/a, never Infinity or 0', () => {
    expect(showRatio(ratio(5, 0))).toBe('n/a');
    expect(showRatio(round2(ratio(1, 3)), '×')).toBe('0.33×');
    expect(round2(2.675)).toBe(2.68);
  });
});

describe('converterTo (workspace rates table)', () => {
  const rates = [
    { from: 'EUR', to: 'GBP', rate: '0.85' },
    { from: 'GBP', to: 'JPY', rate: '200' },
  ];
  it.each([
    ['a direct rate: EUR 10.00 → GBP 8.50', 1000, 'EUR', 'GBP', 850],
    ['a reverse rate inverted exactly: JPY 1,001 → GBP 5.005 → 5.01 (half away)', 1001, 'JPY', 'GBP', 501],
    ['the same currency is unchanged', 1234, 'GBP', 'GBP', 1234],
  ])('%s', (_label, amount, from, to, expected) => expect(converterTo(to, rates)(amount, from)).toBe(expected));
  it('names the missing pair', () => {
    expect(() => converterTo('GBP', rates)(100, 'USD')).toThrow(/No currency rate USD→GBP/);
  });
});
