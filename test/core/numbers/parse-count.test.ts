import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../src/core/numbers/parse-count.ts';

describe('parseCount', () => {
  it.each([
    ['3.3k', 3300],
    ['475.8m', 475_800_000],
    ['29.0b', 29_000_000_000],
    ['0.89k', 890],
    ['665.3k', 665_300],
    ['409.8M', 409_800_000],
    ['3.6M', 3_600_000],
    ['1.2bn', 1_200_000_000],
    ['2.5 K', 2500],
    ['1,234,567', 1_234_567],
    ['1 234 567', 1_234_567],
    ['1\u00a0234\u00a0567 (no-break spaces)', 1_234_567],
    ["1'234'567", 1_234_567],
    ['1.234.567 (dot grouping)', 1_234_567],
    ['1,234.5', 1234.5],
    ['1.234,5 (European)', 1234.5],
    ['477900000.00', 477_900_000],
    ['348.5', 348.5],
    ['0', 0],
    ['-0', 0],
    ['1,500 (lone comma + 3 digits = thousands)', 1500],
    ['1,5K (decimal comma)', 1500],
    ['12,75 (decimal comma)', 12.75],
    ['1.2E+06', 1_200_000],
    ["'42 (spreadsheet text prefix)", 42],
    [' 17 ', 17],
  ])('%s → %s', (input, expected) => {
    expect(parseCount(input.replace(/ \(.*\)$/, ''))).toEqual({ ok: true, value: expected });
  });

  it.each([
    '',
    '   ',
    'N/A',
    "N/A'",
    'n/a',
    'NaN',
    '-',
    '—',
    '#VALOR!',
    '#N/A',
    '#DIV/0!',
    '#WERT!',
    'null',
    'None',
    '"N/A"',
  ])('missing marker %j → null', (input) => {
    expect(parseCount(input)).toEqual({ ok: true, value: null });
  });

  it.each(['abc', '12abc', '1.2.3', '1,2,3', '#1', '1..5', 'k', '3.3x', '10K+', '1,23,456'])(
    'garbage %j → error with a reason',
    (input) => {
      const result = parseCount(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toContain(input.trim());
    },
  );

  it('rejects negative counts', () => {
    expect(parseCount('-5')).toEqual({ ok: false, reason: '"-5" is negative; a count cannot be' });
  });

  it('rejects numbers beyond exact integer range', () => {
    expect(parseCount('99999999b').ok).toBe(false);
  });

  it('property: an integer written with any thousands separator reads back exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(',', ' ', '\u00a0', "'", ''),
        (n, sep) => {
          const grouped = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep);
          expect(parseCount(grouped)).toEqual({ ok: true, value: n });
        },
      ),
    );
  });

  it('property: an integer written with a k/m/b suffix reads back exactly (no float artefacts)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.constantFrom(['k', 3], ['K', 3], ['m', 6], ['M', 6], ['b', 9], ['B', 9]),
        fc.boolean(),
        (n, [suffix, places], keepTrailingZeros) => {
          const scale = 10n ** BigInt(places);
          let fraction = (n % scale).toString().padStart(places, '0');
          if (!keepTrailingZeros) fraction = fraction.replace(/0+$/, '');
          const text = `${n / scale}${fraction ? `.${fraction}` : ''}${suffix}`;
          expect(parseCount(text)).toEqual({ ok: true, value: Number(n) });
        },
      ),
    );
  });

  it('property: a decimal comma reads like a decimal point when it cannot be a thousands separator', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('', 'k', 'm'),
        (whole, cents, suffix) => {
          const frac = cents.toString().padStart(2, '0').replace(/0$/, '') || '0';
          expect(parseCount(`${whole},${frac}${suffix}`)).toEqual(parseCount(`${whole}.${frac}${suffix}`));
        },
      ),
    );
  });
});
