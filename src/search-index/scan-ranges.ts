// The rows a brief's scan reads. A build adds accounts in follower order, so rows [0, sortedRows) hold
// ascending follower counts (discovery-index.ts): the brief's follower range, narrowed to the follower
// counts its tiers were seen with, is one slice of them, found by binary search. Rows added since
// (updates, imports) follow in any order and are always read. The filters still test every row read;
// the ranges only leave out rows that would fail them, so answers are those of a scan of every row.
import type { CompiledBrief } from './compile-brief.ts';
import type { DiscoveryIndex } from './discovery-index.ts';

/** Rows [from, to); a `to` of +∞ stands for every row the scan may read (the index grows meanwhile). */
export type RowRange = readonly [from: number, to: number];

export const EVERY_ROW: readonly RowRange[] = [[0, Number.POSITIVE_INFINITY]];

type SizeFilters = Pick<CompiledBrief, 'tiers' | 'followersMin' | 'followersMax'>;

export function scanRanges(index: DiscoveryIndex, plan: SizeFilters): readonly RowRange[] {
  let min = plan.followersMin;
  let max = plan.followersMax;
  if (plan.tiers) {
    // A tier never seen has the empty range (+∞, −∞): its rows are all in the unordered tail.
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    plan.tiers.forEach((wanted, tier) => {
      if (!wanted) return;
      low = Math.min(low, index.tierFollowers[2 * tier]!);
      high = Math.max(high, index.tierFollowers[2 * tier + 1]!);
    });
    min = Math.max(min, low);
    max = Math.min(max, high);
  }
  if (min === Number.NEGATIVE_INFINITY && max === Number.POSITIVE_INFINITY) return EVERY_ROW;
  const sorted = index.sortedRows;
  const followers = index.followers.data;
  const from = firstWhere(followers, 0, sorted, (f) => f >= min);
  const to = firstWhere(followers, from, sorted, (f) => f > max);
  const tail: RowRange = [sorted, Number.POSITIVE_INFINITY];
  return from < to ? [[from, to], tail] : [tail];
}

/** The first position of [lo, hi) where `test` holds, for a test that holds from some position on. */
function firstWhere(values: Float64Array, lo: number, hi: number, test: (value: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(values[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The ranges with +∞ read as `rows`, empty ones dropped. */
export function rangesUpTo(ranges: readonly RowRange[], rows: number): RowRange[] {
  return ranges.map(([from, to]): RowRange => [from, Math.min(to, rows)]).filter(([from, to]) => from < to);
}

/** `ranges` cut into `parts` lists of (nearly) as many rows each, in row order. */
export function splitRanges(ranges: readonly RowRange[], parts: number): RowRange[][] {
  const total = ranges.reduce((sum, [from, to]) => sum + to - from, 0);
  const out: RowRange[][] = Array.from({ length: parts }, () => []);
  let part = 0;
  let taken = 0; // rows given to parts before `part`
  for (let [from, to] of ranges) {
    while (from < to) {
      const end = Math.floor((total * (part + 1)) / parts);
      const take = Math.min(to - from, end - taken);
      if (take > 0) out[part]!.push([from, from + take]);
      from += take;
      taken += take;
      if (taken >= end && part < parts - 1) part += 1;
    }
  }
  return out;
}
