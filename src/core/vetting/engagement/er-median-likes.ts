import { isoMillis } from '../../time/iso-millis.ts';
import { DAY_MS, type AccountFacts } from '../account-facts.ts';
import { median } from '../stats/median.ts';
import { eligiblePosts } from './eligible-posts.ts';
import { confidenceFor, unavailable, type EngagementMeasure } from './engagement-measure.ts';

export const ER_MEDIAN_WINDOW_DAYS = 60;
export const ER_MEDIAN_MAX_POSTS = 50;

/**
 * er_median_likes: median likes / current followers over the last 60 days (at most 50 posts, ≥ 48 h
 * old). Robust to one viral post, which the mean-based er_followers is not.
 */
export function erMedianLikes(account: Pick<AccountFacts, 'posts' | 'followers'>, now: Date): EngagementMeasure {
  const since = now.getTime() - ER_MEDIAN_WINDOW_DAYS * DAY_MS;
  const inWindow = eligiblePosts(account.posts, now).filter((p) => isoMillis(p.postedAt) >= since);
  if (inWindow.length === 0) return unavailable('er_median_likes', 'no posts in the last 60 days older than 48 hours');
  const visible = inWindow.filter((p) => p.likes !== null).slice(0, ER_MEDIAN_MAX_POSTS);
  if (visible.length === 0) return unavailable('er_median_likes', 'like counts are hidden');
  if (!account.followers || account.followers <= 0)
    return unavailable('er_median_likes', 'follower count is zero or unknown');
  return {
    formula: 'er_median_likes',
    value: median(visible.map((p) => p.likes!))! / account.followers,
    window_days: ER_MEDIAN_WINDOW_DAYS,
    posts_used: visible.length,
    confidence: confidenceFor(visible.length),
  };
}
