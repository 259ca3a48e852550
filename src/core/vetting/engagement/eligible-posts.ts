import type { PostFacts } from '../account-facts.ts';
import { DAY_MS } from '../account-facts.ts';

/** Posts younger than this are still collecting likes and are left out of every rate. */
export const MIN_POST_AGE_MS = 2 * DAY_MS;

/** Posts at least 48 h old at `now`, newest first. Pinned posts count as normal posts. */
export function eligiblePosts(posts: readonly PostFacts[], now: Date): PostFacts[] {
  const cutoff = now.getTime() - MIN_POST_AGE_MS;
  return posts
    .filter((p) => Date.parse(p.postedAt) <= cutoff)
    .sort((a, b) => Date.parse(b.postedAt) - Date.parse(a.postedAt));
}
