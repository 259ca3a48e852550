// The score bound lets the scan skip rows, so it must never be below what it bounds, whatever the
// metrics: out-of-range values and bad shares give no bound (+∞) rather than a low one. (That the
// scan answers exactly as if it scored every row is scan-equivalence.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  audienceBounds,
  audienceShareBytes,
  COUNTRY_SLOTS,
  cpeFloor,
  DECODED,
  defaultWeightedBound,
  LOWER,
  roundUp,
} from '../../src/search-index/score-bound.ts';

describe('score bound', () => {
  it('rounds any value up (property), and gives no bound above 1 or for NaN', () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), (v) => {
        expect(DECODED[roundUp(v)]!).toBeGreaterThanOrEqual(v);
      }),
    );
    expect(DECODED[roundUp(1.0000001)]).toBe(Number.POSITIVE_INFINITY);
    expect(DECODED[roundUp(Number.NaN)]).toBe(Number.POSITIVE_INFINITY);
    expect(DECODED[roundUp(1)]).toBe(1);
  });

  it('bounds every segment by its genders and by its age bands; a negative share leaves the row unbounded', () => {
    const cells = Float64Array.from({ length: 21 }, (_, i) => (i % 5) / 40);
    const [female, male, unknown, ...rest] = audienceBounds(cells, [
      ['GB', 0.5],
      ['us', 0.25],
      ['US', 0.125],
    ]).map((q) => DECODED[q]!);
    // cells are age-major: cell = age × 3 + gender
    expect(female).toBeGreaterThanOrEqual(cells.filter((_, i) => i % 3 === 0).reduce((a, b) => a + b, 0));
    expect(male).toBeGreaterThanOrEqual(cells.filter((_, i) => i % 3 === 1).reduce((a, b) => a + b, 0));
    expect(unknown).toBeGreaterThanOrEqual(cells.filter((_, i) => i % 3 === 2).reduce((a, b) => a + b, 0));
    expect(rest[3]).toBeGreaterThanOrEqual(cells[9]! + cells[10]! + cells[11]!); // 35-44
    expect(rest[7]).toBeGreaterThanOrEqual(0.875); // all countries
    expect(rest[8]).toBeGreaterThanOrEqual(0.5); // the largest (US listed twice: 0.375)
    cells[4] = -0.1;
    expect(
      audienceBounds(cells, [
        ['GB', 0.5],
        ['US', -0.25],
      ]).every((q) => q === 255),
    ).toBe(true);
    expect(audienceBounds(null, null).every((q) => q === 0)).toBe(true);
  });

  it('bounds each cell and slotted country share above and below (property); a bad share gives no bound', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 21, maxLength: 21 }),
        fc.array(fc.tuple(fc.integer({ min: -1, max: 20 }), fc.double({ min: 0, max: 0.6, noNaN: true })), {
          maxLength: 8,
        }),
        (cellShares, countries) => {
          const bytes = audienceShareBytes(Float64Array.from(cellShares), countries);
          const slotShares = Array.from({ length: COUNTRY_SLOTS }, (_, slot) =>
            countries.filter(([id]) => id === slot + 1).reduce((sum, [, share]) => sum + share, 0),
          );
          [...cellShares, ...slotShares].forEach((share, i) => {
            expect(DECODED[bytes[i]!]!).toBeGreaterThanOrEqual(share);
            expect(LOWER[bytes[i]!]!).toBeLessThanOrEqual(share);
          });
        },
      ),
    );
    const bad = audienceShareBytes(
      Float64Array.from({ length: 21 }, () => -0.1),
      [[1, Number.NaN]],
    );
    expect(bad.filter((q) => q === 255)).toHaveLength(22);
    expect(audienceShareBytes(null, []).every((q) => q === 0)).toBe(true);
  });

  it('keeps the four component bounds summed at the default weights at or above their sum (property); no bound: +∞', () => {
    // engagement, reply rate, authenticity, ad fatigue at their default weights (15, 10, 15, 5)
    const sum = (b: number[]) =>
      15 * DECODED[b[0]!]! + 10 * DECODED[b[1]!]! + 15 * DECODED[b[2]!]! + 5 * DECODED[b[3]!]!;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 254 }), { minLength: 4, maxLength: 4 }), (bytes) => {
        expect(defaultWeightedBound(bytes)).toBeGreaterThanOrEqual(sum(bytes));
      }),
    );
    expect(defaultWeightedBound([254, 254, 254, 254])).toBeGreaterThanOrEqual(45);
    expect(defaultWeightedBound([0, 255, 0, 0])).toBe(Number.POSITIVE_INFINITY);
  });

  it('keeps cost per engagement at or below the true ratio; no price or engagements: +∞', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 1e8 }),
        (price, er, followers) => {
          expect(cpeFloor(price, er, followers)).toBeLessThanOrEqual(price / (er * followers));
        },
      ),
    );
    expect(cpeFloor(Number.NaN, 0.05, 1000)).toBe(Number.POSITIVE_INFINITY);
    expect(cpeFloor(100, Number.NaN, 1000)).toBe(Number.POSITIVE_INFINITY);
  });
});
