// The one rounding rule of microreach money maths: divide and round half away from zero
// (2.5 → 3, −2.5 → −3), on exact integers (BigInt), never on floats.

/** numerator / denominator rounded half away from zero; denominator must be non-zero. */
export function divRoundHalfAway(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/** Same rule for safe integers, returning a number. */
export const roundDiv = (numerator: number, denominator: number): number =>
  Number(divRoundHalfAway(BigInt(numerator), BigInt(denominator)));
