// Tiers are configuration (PRODUCT.md "Definitions"): lower bound inclusive, upper exclusive.

import { TIER_NAMES, type TierName } from '../shared/domain-constants.ts';

export { TIER_NAMES, type TierName };

export interface Tier {
  name: TierName;
  min: number;
  /** Exclusive; null for the open top tier. */
  max: number | null;
}

export const DEFAULT_TIERS: readonly Tier[] = [
  { name: 'nano', min: 1_000, max: 10_000 },
  { name: 'micro', min: 10_000, max: 100_000 },
  { name: 'mid', min: 100_000, max: 500_000 },
  { name: 'macro', min: 500_000, max: 1_000_000 },
  { name: 'mega', min: 1_000_000, max: null },
];

/** The tier of a follower count, or null when the count is unknown or below the smallest tier. */
export function tierOf(followers: number | null | undefined, tiers: readonly Tier[] = DEFAULT_TIERS): TierName | null {
  if (followers === null || followers === undefined || !Number.isFinite(followers)) return null;
  const tier = tiers.find((t) => followers >= t.min && (t.max === null || followers < t.max));
  return tier?.name ?? null;
}

export function tierBounds(name: TierName, tiers: readonly Tier[] = DEFAULT_TIERS): Tier {
  const tier = tiers.find((t) => t.name === name);
  if (!tier) throw new Error(`Unknown tier ${name}`);
  return tier;
}
