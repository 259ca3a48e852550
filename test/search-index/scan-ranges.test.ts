// The rows a brief's scan reads: a slice of the follower-ordered run plus the unordered tail, and the
// split of those rows between scan workers.
import { describe, expect, it } from 'vitest';
import { DiscoveryIndex } from '../../src/search-index/discovery-index.ts';
import { rangesUpTo, scanRanges, splitRanges, type RowRange } from '../../src/search-index/scan-ranges.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';
import { randomRow } from '../support/random-index.ts';

const inf = Number.POSITIVE_INFINITY;
const size = (min = -inf, max = inf, tiers: boolean[] | null = null) => ({
  followersMin: min,
  followersMax: max,
  tiers,
});

/** Rows with these follower counts (null: unknown) and tiers, added in this order. */
function indexOf(rows: [followers: number | null, tier: string | null][]): DiscoveryIndex {
  const rnd = seededRandom(1);
  const index = new DiscoveryIndex();
  rows.forEach(([followers, tier], i) => index.upsert({ ...randomRow(rnd, i + 1, 1), followers, tier }));
  return index;
}

describe('scanRanges', () => {
  const index = indexOf([
    [1_000, 'nano'],
    [5_000, 'nano'],
    [5_000, 'nano'],
    [20_000, 'micro'],
    [90_000, 'micro'],
    [200_000, 'mid'],
    // The run ends here: an unknown count, then a smaller one (an update).
    [null, 'micro'],
    [3_000, 'micro'],
  ]);

  it.each<[string, ReturnType<typeof size>, RowRange[]]>([
    ['no size filter: every row', size(), [[0, inf]]],
    [
      'a follower range: its slice (bounds inclusive) and the tail',
      size(5_000, 20_000),
      [
        [1, 4],
        [6, inf],
      ],
    ],
    ['a range no ordered row is in: the tail only', size(300_000), [[6, inf]]],
    // micro was seen from 3,000 (the tail's row) to 90,000 followers.
    [
      'a tier: the follower counts it was seen with',
      size(-inf, inf, [false, false, true]),
      [
        [1, 5],
        [6, inf],
      ],
    ],
    ['a tier never seen: the tail only', size(-inf, inf, [false, false, false, false, true]), [[6, inf]]],
    [
      'a tier and a range: both',
      size(50_000, inf, [false, true, true]),
      [
        [4, 5],
        [6, inf],
      ],
    ],
  ])('%s', (_, plan, expected) => {
    expect(index.sortedRows).toBe(6);
    expect(scanRanges(index, plan)).toEqual(expected);
  });

  it('keeps the run of a snapshot-like index whose rows are all in order', () => {
    expect(
      indexOf([
        [10, null],
        [10, null],
        [11, null],
      ]).sortedRows,
    ).toBe(3);
    expect(
      indexOf([
        [null, null],
        [10, null],
      ]).sortedRows,
    ).toBe(0);
  });
});

describe('splitRanges', () => {
  it('gives each part as many rows as the others, in row order, and every row once', () => {
    const rnd = seededRandom(3);
    for (let trial = 0; trial < 200; trial++) {
      const ranges: RowRange[] = [];
      let at = Math.floor(rnd() * 10);
      for (let r = Math.floor(rnd() * 4); r >= 0; r--) {
        const from = at + Math.floor(rnd() * 5);
        at = from + Math.floor(rnd() * 50);
        ranges.push([from, at]);
      }
      const parts = 1 + Math.floor(rnd() * 4);
      const split = splitRanges(rangesUpTo(ranges, inf), parts);
      expect(split).toHaveLength(parts);
      const rowsOf = (rs: readonly RowRange[]) =>
        rs.flatMap(([f, t]) => Array.from({ length: t - f }, (_, i) => f + i));
      expect(split.flatMap(rowsOf)).toEqual(rowsOf(ranges));
      const sizes = split.map((p) => rowsOf(p).length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('reads +∞ as the rows of the scan and drops empty ranges', () => {
    expect(
      rangesUpTo(
        [
          [2, 2],
          [5, inf],
        ],
        9,
      ),
    ).toEqual([[5, 9]]);
  });
});
