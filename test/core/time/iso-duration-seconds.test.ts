import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDurationSeconds } from '../../../src/core/time/iso-duration-seconds.ts';

describe('isoDurationSeconds', () => {
  it.each([
    ['PT21M7S', 1267],
    ['PT59S', 59],
    ['PT1M', 60],
    ['PT1M1S', 61],
    ['PT1H2M3S', 3723],
    ['P1DT2H', 93600],
    ['P1W', 604800],
    ['P0D', 0],
    ['PT0.5S', 0.5],
    ['P1M', undefined],
    ['PT', undefined],
    ['P', undefined],
    ['21:07', undefined],
  ])('%s → %s', (input, expected) => {
    expect(isoDurationSeconds(input)).toBe(expected);
  });

  it('reads back any hours/minutes/seconds it is given (property)', () => {
    fc.assert(
      fc.property(fc.nat(48), fc.nat(59), fc.nat(59), (h, m, s) => {
        expect(isoDurationSeconds(`PT${h}H${m}M${s}S`)).toBe(h * 3600 + m * 60 + s);
      }),
    );
  });
});
