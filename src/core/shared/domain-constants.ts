// The domain constants the web app shares with the server: the one server module it may import (see
// ARCHITECTURE.md "Layers"), so a form offers exactly what the API accepts. Plain values, no imports.

/** The social platforms creators are found and measured on. */
export const PLATFORMS = ['instagram', 'tiktok', 'youtube'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** The creator tiers by follower count, smallest first; their bounds are in core/creators/tiers.ts. */
export const TIER_NAMES = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
export type TierName = (typeof TIER_NAMES)[number];

export const AGE_BANDS = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export const GENDERS = ['female', 'male', 'unknown'] as const;

/** The components of the fit score, in the order every answer lists them. */
export const FIT_COMPONENTS = [
  'niche',
  'audience',
  'engagement',
  'reply_rate',
  'authenticity',
  'ad_fatigue',
  'cost_efficiency',
] as const;
export type FitComponent = (typeof FIT_COMPONENTS)[number];

/** Default weights of the fit score (visible in every answer, overridable per brief). */
export const DEFAULT_WEIGHTS: Record<FitComponent, number> = {
  niche: 30,
  audience: 20,
  engagement: 15,
  reply_rate: 10,
  authenticity: 15,
  ad_fatigue: 5,
  cost_efficiency: 10,
};
