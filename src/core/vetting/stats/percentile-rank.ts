/**
 * Percentile (0–100) of a value within a distribution given by its 0th…100th percentiles: the share
 * of the population below it, interpolated between the stored quantiles. null without a distribution.
 */
export function percentileRank(quantileTable: readonly number[], value: number): number | null {
  const n = quantileTable.length - 1;
  if (n < 1) return null;
  if (value <= quantileTable[0]!) return 0;
  if (value >= quantileTable[n]!) return 100;
  // Ties: take the middle of the run of equal quantiles, so a value shared by many is not ranked at its end.
  let lo = 0;
  while (lo < n && quantileTable[lo + 1]! < value) lo++;
  let hi = lo + 1;
  while (hi < n && quantileTable[hi]! === value) hi++;
  if (quantileTable[lo + 1] === value) return (100 * (lo + 1 + (hi - 1))) / 2 / n;
  const a = quantileTable[lo]!;
  const b = quantileTable[lo + 1]!;
  return (100 * (lo + (value - a) / (b - a))) / n;
}
