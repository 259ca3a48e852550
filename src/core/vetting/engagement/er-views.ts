import { VIDEO_TYPES, type AccountFacts } from '../account-facts.ts';
import { eligiblePosts } from './eligible-posts.ts';
import { confidenceFor, spanDays, unavailable, type EngagementMeasure } from './engagement-measure.ts';

export const ER_VIEWS_POSTS = 12;

/** er_views: mean (likes + comments) / views over the last 12 videos (≥ 48 h old) with known views and likes. */
export function erViews(account: Pick<AccountFacts, 'posts'>, now: Date): EngagementMeasure {
  const videos = eligiblePosts(account.posts, now).filter((p) => VIDEO_TYPES.includes(p.type));
  if (videos.length === 0) return unavailable('er_views', 'no videos older than 48 hours');
  const usable = videos.filter((p) => p.likes !== null && p.views !== null && p.views > 0).slice(0, ER_VIEWS_POSTS);
  if (usable.length === 0) return unavailable('er_views', 'views or likes are not known for the videos');
  const rates = usable.map((p) => (p.likes! + (p.comments ?? 0)) / p.views!);
  return {
    formula: 'er_views',
    value: rates.reduce((s, r) => s + r, 0) / rates.length,
    window_days: spanDays(usable.map((p) => p.postedAt)),
    posts_used: usable.length,
    confidence: confidenceFor(usable.length),
  };
}
