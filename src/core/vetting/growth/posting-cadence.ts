import { isoMillis } from '../../time/iso-millis.ts';
import { DAY_MS, type PostFacts } from '../account-facts.ts';
import { median } from '../stats/median.ts';

export interface PostingCadence {
  posts_90d: number;
  posts_per_week: number;
  median_days_between_posts: number | null;
  last_posted_at: string | null;
  days_since_last_post: number | null;
}

/** How often the account posts, over the last 90 days, and how long ago it last posted. */
export function postingCadence(posts: readonly PostFacts[], now: Date): PostingCadence {
  const times = posts
    .map((p) => isoMillis(p.postedAt))
    .filter((t) => t <= now.getTime())
    .sort((a, b) => a - b);
  const recent = times.filter((t) => t >= now.getTime() - 90 * DAY_MS);
  const gaps = recent.slice(1).map((t, i) => (t - recent[i]!) / DAY_MS);
  const last = times.at(-1);
  return {
    posts_90d: recent.length,
    posts_per_week: recent.length / (90 / 7),
    median_days_between_posts: median(gaps),
    last_posted_at: last === undefined ? null : new Date(last).toISOString(),
    days_since_last_post: last === undefined ? null : (now.getTime() - last) / DAY_MS,
  };
}
