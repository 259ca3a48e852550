import { isoMillis } from '../../time/iso-millis.ts';
import type { PostFacts } from '../account-facts.ts';
import { DAY_MS } from '../account-facts.ts';

/** Posts younger than this are still collecting likes and are left out of every rate. */
export const MIN_POST_AGE_MS = 2 * DAY_MS;

// Every section of a report asks for the same list; it is computed once per (posts, now).
const cache = new WeakMap<readonly PostFacts[], { now: number; posts: PostFacts[] }>();

/** Posts at least 48 h old at `now`, newest first. Pinned posts count as normal posts. */
export function eligiblePosts(posts: readonly PostFacts[], now: Date): PostFacts[] {
  const hit = cache.get(posts);
  if (hit && hit.now === now.getTime()) return hit.posts;
  const cutoff = now.getTime() - MIN_POST_AGE_MS;
  const result = posts
    .map((p) => ({ p, t: isoMillis(p.postedAt) }))
    .filter((x) => x.t <= cutoff)
    .sort((a, b) => b.t - a.t)
    .map((x) => x.p);
  cache.set(posts, { now: now.getTime(), posts: result });
  return result;
}
