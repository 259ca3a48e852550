import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median } from '../../../src/core/vetting/stats/median.ts';
import { percentileRank } from '../../../src/core/vetting/stats/percentile-rank.ts';
import { quantiles } from '../../../src/core/vetting/stats/quantiles.ts';

describe('stats', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('median %j = %s', (values, m) => {
    expect(median(values)).toBe(m);
  });

  it('quantiles of 0..100 are the values themselves', () => {
    const q = quantiles(Array.from({ length: 101 }, (_, i) => i));
    expect(q[0]).toBe(0);
    expect(q[50]).toBe(50);
    expect(q[100]).toBe(100);
  });

  it.each([
    [-5, 0],
    [0, 0],
    [25, 25],
    [25.5, 25.5],
    [100, 100],
    [300, 100],
  ])('percentile of %s in 0..100 is %s', (value, p) => {
    expect(percentileRank(quantiles(Array.from({ length: 101 }, (_, i) => i)), value)).toBeCloseTo(p, 10);
  });

  it('ranks a value shared by many in the middle of its run', () => {
    const q = quantiles([1, 2, 2, 2, 2, 2, 2, 2, 2, 3]);
    expect(percentileRank(q, 2)).toBeGreaterThan(30);
    expect(percentileRank(q, 2)).toBeLessThan(70);
  });

  it('is monotonic in the value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 200 }),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        (sample, a, b) => {
          const q = quantiles(sample);
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const pl = percentileRank(q, lo)!;
          const ph = percentileRank(q, hi)!;
          return pl >= 0 && ph <= 100 && pl <= ph + 1e-9;
        },
      ),
    );
  });

  it('has no distribution without values', () => {
    expect(percentileRank([], 1)).toBeNull();
  });
});
