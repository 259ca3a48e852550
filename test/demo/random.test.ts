import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTime } from '../../src/demo/iso-time.ts';
import { createRandom } from '../../src/demo/random.ts';
import { quantileRank, sampleQuantiles } from '../../src/demo/sample-quantiles.ts';
import { weightedPicker } from '../../src/demo/weighted-picker.ts';

describe('createRandom', () => {
  it('gives the same numbers for the same (seed, index, stream) and different ones otherwise', () => {
    const draw = (seed: number, index: number, stream: number) =>
      Array.from(
        { length: 5 },
        (
          (r) => () =>
            r.next()
        )(createRandom(seed, index, stream)),
      );
    expect(draw(42, 7, 1)).toEqual(draw(42, 7, 1));
    expect(draw(42, 7, 1)).not.toEqual(draw(43, 7, 1));
    expect(draw(42, 7, 1)).not.toEqual(draw(42, 8, 1));
    expect(draw(42, 7, 1)).not.toEqual(draw(42, 7, 2));
    expect(draw(1, 0, 1)).not.toEqual(draw(2 ** 32 + 1, 0, 1));
  });

  it('draws uniformly in [0, 1) with the expected moments', () => {
    const r = createRandom(1, 2, 3);
    const xs = Array.from({ length: 50_000 }, () => r.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean).toBeCloseTo(0.5, 2);
    const normals = Array.from({ length: 50_000 }, () => r.normal());
    const m = normals.reduce((a, b) => a + b, 0) / normals.length;
    const sd = Math.sqrt(normals.reduce((a, b) => a + (b - m) ** 2, 0) / normals.length);
    expect(m).toBeCloseTo(0, 1);
    expect(sd).toBeCloseTo(1, 1);
  });

  it('samples distinct items', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 12 }), (seed, k) => {
        const items = Array.from({ length: 12 }, (_, i) => i);
        const picked = createRandom(seed, 0, 0).sample(items, k);
        expect(new Set(picked).size).toBe(k);
      }),
    );
  });
});

describe('weightedPicker', () => {
  it('picks in proportion to the weights', () => {
    const pick = weightedPicker(['a', 'b', 'c'], [1, 2, 7]);
    const r = createRandom(5, 5, 5);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i++) counts[pick(r) as 'a' | 'b' | 'c']++;
    expect(counts.a / 20_000).toBeCloseTo(0.1, 1);
    expect(counts.c / 20_000).toBeCloseTo(0.7, 1);
  });
});

describe('sampleQuantiles', () => {
  const probs = [0, 0.5, 1];
  const values = [3, 4, 6];
  it.each([
    [0, 3],
    [0.25, 3.5],
    [0.5, 4],
    [0.75, 5],
    [1, 6],
    [-1, 3],
    [2, 6],
  ])('maps u = %s to %s by linear interpolation', (u, x) => {
    expect(sampleQuantiles(probs, values, u)).toBeCloseTo(x, 10);
  });
  it('is inverted by quantileRank', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (u) => {
        expect(quantileRank(probs, values, sampleQuantiles(probs, values, u))).toBeCloseTo(u, 9);
      }),
    );
  });
});

describe('isoTime', () => {
  it('formats exactly like Date.prototype.toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (ms) => {
        expect(isoTime(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5_000 },
    );
  });
});
