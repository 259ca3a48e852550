// The product's tiers (src/core/creators/tiers.ts) in the shape the generator uses: bounds with an
// open top as Infinity, and every generated creator in a tier (the demo never makes accounts under
// 1,000 followers).
import { DEFAULT_TIERS, TIER_NAMES, tierOf as coreTierOf, type TierName } from '../core/creators/tiers.ts';

export const TIERS = TIER_NAMES;
export type Tier = TierName;

export const TIER_BOUNDS = Object.fromEntries(
  DEFAULT_TIERS.map((t) => [t.name, { min: t.min, max: t.max ?? Number.POSITIVE_INFINITY }]),
) as Record<Tier, { min: number; max: number }>;

export function tierOf(followers: number): Tier {
  return coreTierOf(followers) ?? 'nano';
}
