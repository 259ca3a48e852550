import type { Random } from './random.ts';

/** Returns a function that draws one of `items` with probability proportional to its weight. */
export function weightedPicker<T>(items: readonly T[], weights: readonly number[]): (rng: Random) => T {
  if (items.length === 0 || items.length !== weights.length)
    throw new Error('weightedPicker needs one weight per item');
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) {
    if (!(w >= 0)) throw new Error(`weightedPicker: bad weight ${w}`);
    total += w;
    cumulative.push(total);
  }
  return (rng) => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]!;
  };
}

/** weightedPicker over the entries of a record of weights. */
export function pickerOf<K extends string>(weights: Record<K, number>): (rng: Random) => K {
  const keys = Object.keys(weights) as K[];
  return weightedPicker(
    keys,
    keys.map((k) => weights[k]),
  );
}
