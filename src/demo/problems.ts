// The problem cases the generator plants so that vetting has something to find. A creator has at
// most one. Shares are of all creators; hidden likes only exist on Instagram, so it is drawn only
// for creators whose main account is there.
export const PROBLEMS = ['bought_followers', 'engagement_pod', 'heavy_advertiser', 'inactive', 'hidden_likes'] as const;
export type Problem = (typeof PROBLEMS)[number];

export const PROBLEM_SHARES: Record<Problem, number> = {
  bought_followers: 0.035,
  engagement_pod: 0.035,
  heavy_advertiser: 0.04,
  inactive: 0.03,
  hidden_likes: 0.025,
};
