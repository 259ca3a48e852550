/** The 0th…100th percentiles of a sample (linear interpolation), or [] for an empty sample. */
export function quantiles(values: readonly number[], steps = 100): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  return Array.from({ length: steps + 1 }, (_, i) => {
    const position = (i / steps) * (sorted.length - 1);
    const lo = Math.floor(position);
    const hi = Math.ceil(position);
    return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (position - lo);
  });
}
