import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRate } from '../../../src/core/numbers/parse-rate.ts';

describe('parseRate', () => {
  it.each([
    ['1.39%', 0.0139],
    ['0.20%', 0.002],
    ['12%', 0.12],
    ['150%', 1.5],
    ['1.39 % (space before %)', 0.0139],
    ['1.39 (no % = percentage points)', 0.0139],
    ['0,5% (decimal comma)', 0.005],
    ['0%', 0],
  ])('%s → %s', (input, expected) => {
    expect(parseRate(input.replace(/ \(.*\)$/, ''))).toEqual({ ok: true, value: expected });
  });

  it.each(['NaN%', 'NaN', '', 'N/A', '-', '#DIV/0!', 'null', '%'])('missing marker %j → null', (input) => {
    expect(parseRate(input)).toEqual({ ok: true, value: null });
  });

  it.each(['abc', 'high', '1.5k%', '1.2.3%', '-2%'])('garbage %j → error', (input) => {
    expect(parseRate(input).ok).toBe(false);
  });

  it('property: n% reads as n/100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), (units, decimals) => {
        const text = (units / 10 ** decimals).toFixed(decimals);
        const result = parseRate(`${text}%`);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value).toBe(Number(`${units}e-${decimals + 2}`));
      }),
    );
  });
});
