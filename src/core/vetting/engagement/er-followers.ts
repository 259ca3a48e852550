import type { AccountFacts } from '../account-facts.ts';
import { eligiblePosts } from './eligible-posts.ts';
import { confidenceFor, spanDays, unavailable, type EngagementMeasure } from './engagement-measure.ts';
import { followersAt } from './followers-at.ts';

export const ER_FOLLOWERS_POSTS = 12;

/**
 * er_followers: mean over the last 12 posts (≥ 48 h old) of (likes + comments) / followers at post
 * time. Posts with hidden likes are skipped; unknown comments count as 0 (comments disabled).
 */
export function erFollowers(
  account: Pick<AccountFacts, 'posts' | 'history' | 'followers'>,
  now: Date,
): EngagementMeasure {
  const eligible = eligiblePosts(account.posts, now);
  if (eligible.length === 0) return unavailable('er_followers', 'no posts older than 48 hours');
  const visible = eligible.filter((p) => p.likes !== null).slice(0, ER_FOLLOWERS_POSTS);
  if (visible.length === 0) return unavailable('er_followers', 'like counts are hidden');
  const rates: number[] = [];
  for (const post of visible) {
    const followers = followersAt(account.history, post.postedAt, account.followers);
    if (!followers || followers <= 0) continue;
    rates.push(((post.likes ?? 0) + (post.comments ?? 0)) / followers);
  }
  if (rates.length === 0) return unavailable('er_followers', 'follower count is zero or unknown');
  return {
    formula: 'er_followers',
    value: rates.reduce((s, r) => s + r, 0) / rates.length,
    window_days: spanDays(visible.map((p) => p.postedAt)),
    posts_used: rates.length,
    confidence: confidenceFor(rates.length),
  };
}
