// The product's default follower tiers (PRODUCT.md, "Tiers": lower bound inclusive, upper
// exclusive). The generator labels each creator with one so that tests and benchmarks can
// compare within a tier.
export const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
export type Tier = (typeof TIERS)[number];

export const TIER_BOUNDS: Record<Tier, { min: number; max: number }> = {
  nano: { min: 1_000, max: 10_000 },
  micro: { min: 10_000, max: 100_000 },
  mid: { min: 100_000, max: 500_000 },
  macro: { min: 500_000, max: 1_000_000 },
  mega: { min: 1_000_000, max: Number.POSITIVE_INFINITY },
};

/** The tier of a follower count; counts under 1,000 are reported as nano (the demo never makes them). */
export function tierOf(followers: number): Tier {
  if (followers < 10_000) return 'nano';
  if (followers < 100_000) return 'micro';
  if (followers < 500_000) return 'mid';
  if (followers < 1_000_000) return 'macro';
  return 'mega';
}
