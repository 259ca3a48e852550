// The seven fit components, each a number in [0, 1] derived from one measured input. Unknown inputs
// get a stated neutral value so that every creator is scored on the same components.
export const NEUTRAL = 0.5;
/** A reply rate of 50 % of audience threads or more scores the full component. */
export const FULL_REPLY_RATE = 0.5;
/** A sponsored share of 50 % or more empties the ad-fatigue component. */
export const FULL_FATIGUE_SHARE = 0.5;
/** Cost per expected engagement (USD) at which cost efficiency is one half. */
export const CPE_REFERENCE_USD = 0.1;
/** An estimated audience counts for this much of a verified one. */
export const ESTIMATED_AUDIENCE_WEIGHT = 0.85;

export const engagementComponent = (percentile: number | null) => (percentile === null ? 0 : percentile / 100);

export const replyRateComponent = (rate: number | null) =>
  rate === null ? NEUTRAL : Math.min(1, rate / FULL_REPLY_RATE);

/**
 * The audience score counts from 50 up: 100 → 1, 75 → 0.5, 50 or less → 0. A suspicious audience
 * (below 60) keeps almost nothing, because its engagement and reach are not what they seem.
 */
export const AUTHENTICITY_FLOOR = 50;
export const authenticityComponent = (score: number | null) =>
  score === null ? NEUTRAL : Math.min(1, Math.max(0, (score - AUTHENTICITY_FLOOR) / (100 - AUTHENTICITY_FLOOR)));

export const adFatigueComponent = (share: number | null) =>
  share === null ? NEUTRAL : 1 - Math.min(1, share / FULL_FATIGUE_SHARE);

/** Unknown audience scores 0: a match must be shown, not assumed. */
export const audienceComponent = (match: number | null, source: 'verified' | 'estimated' | null) =>
  match === null ? 0 : match * (source === 'verified' ? 1 : ESTIMATED_AUDIENCE_WEIGHT);

/**
 * 1 / (1 + CPE / reference), CPE = mid price of a post / expected engagements per post, in USD;
 * times budget / price when the price is above the budget.
 */
export function costEfficiencyComponent(
  priceMidUsd: number,
  expectedEngagements: number,
  budgetUsd: number | null,
): number {
  if (expectedEngagements <= 0 || priceMidUsd <= 0) return 0;
  const cpe = priceMidUsd / expectedEngagements;
  const efficiency = 1 / (1 + cpe / CPE_REFERENCE_USD);
  return budgetUsd !== null && priceMidUsd > budgetUsd ? efficiency * (budgetUsd / priceMidUsd) : efficiency;
}
