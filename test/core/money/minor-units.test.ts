import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../../src/core/shared/format-amount.ts';
import { minorPerMajor, toMajor, toMinor } from '../../../src/core/shared/minor-units.ts';

describe('toMinor / toMajor: one conversion pair, by ISO 4217 exponent', () => {
  it.each([
    // currency, major amount, minor units, back to major
    ['USD', 45.675, 4_568, 45.68],
    ['GBP', 400, 40_000, 400],
    ['GBP', 1.005, 101, 1.01],
    ['JPY', 6_750, 6_750, 6_750],
    ['JPY', 6_750.5, 6_751, 6_751],
    ['KWD', 13.815, 13_815, 13.815],
    ['KWD', 0.0005, 1, 0.001],
    ['USD', -2.345, -235, -2.35],
  ])('%s %s → %s minor', (currency, major, minor, back) => {
    expect(toMinor(major, currency)).toBe(minor);
    expect(toMajor(minor, currency)).toBeCloseTo(back, 10);
  });

  it.each([
    ['USD', 100],
    ['GBP', 100],
    ['JPY', 1],
    ['KWD', 1_000],
  ])('%s has %s minor units per major unit', (currency, units) => {
    expect(minorPerMajor(currency)).toBe(units);
  });

  it('toMinor(toMajor(m)) is the identity on integers (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom('USD', 'GBP', 'JPY', 'KWD'),
        (minor, currency) => {
          expect(toMinor(toMajor(minor, currency), currency)).toBe(minor);
        },
      ),
    );
  });
});

describe('formatAmount: what the web app, the API explanations and the CLI show', () => {
  it.each([
    [123_450, 'GBP', {}, '£1,234.50'],
    [12_950, 'GBP', { whole: true }, '£130'],
    [12_949, 'USD', { whole: true }, '$129'],
    [12_000, 'JPY', {}, '¥12,000'],
    [12_000, 'JPY', { whole: true }, '¥12,000'],
    [1_250, 'KWD', {}, 'KWD 1.250'],
    [1_500, 'KWD', { whole: true }, 'KWD 2'],
    [-4_500, 'USD', {}, '−$45.00'],
    [49, 'USD', { whole: true }, '$0'],
  ] as const)('%s %s %o → %s', (minor, currency, options, text) => {
    expect(formatAmount(minor, currency, options)).toBe(text);
  });
});
