/**
 * Inverse-CDF draw from a quantile table: `u` in [0, 1] is mapped through the piecewise-linear
 * interpolation of (probs[i], values[i]). `u` outside [0, 1] is clamped.
 */
export function sampleQuantiles(probs: readonly number[], values: readonly number[], u: number): number {
  if (u <= 0) return values[0]!;
  if (u >= 1) return values[values.length - 1]!;
  let i = 1;
  while (i < probs.length - 1 && probs[i]! < u) i++;
  const p0 = probs[i - 1]!;
  const p1 = probs[i]!;
  const v0 = values[i - 1]!;
  const v1 = values[i]!;
  return p1 > p0 ? v0 + ((u - p0) / (p1 - p0)) * (v1 - v0) : v0;
}

/** The probability of `x` under the same table (the inverse of sampleQuantiles, for truncated draws). */
export function quantileRank(probs: readonly number[], values: readonly number[], x: number): number {
  if (x <= values[0]!) return 0;
  if (x >= values[values.length - 1]!) return 1;
  let i = 1;
  while (i < values.length - 1 && values[i]! < x) i++;
  const v0 = values[i - 1]!;
  const v1 = values[i]!;
  const p0 = probs[i - 1]!;
  const p1 = probs[i]!;
  return v1 > v0 ? p0 + ((x - v0) / (v1 - v0)) * (p1 - p0) : p0;
}
