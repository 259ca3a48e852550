import { isoMillis } from '../../time/iso-millis.ts';
import { groupBy } from '../../group-by.ts';
import { DAY_MS, type AccountFacts, type CommentFacts } from '../account-facts.ts';
import { eligiblePosts } from '../engagement/eligible-posts.ts';
import { median } from '../stats/median.ts';

export const REPLY_WINDOW_DAYS = 90;
export const REPLY_MAX_POSTS = 30;

export interface ReplyRate {
  /** Share of audience comment threads the creator answered (0–1), or null when unavailable. */
  value: number | null;
  median_delay_hours: number | null;
  threads: number;
  replied: number;
  posts_considered: number;
  reason?: string;
}

/** With fewer audience threads one answered comment would read as a rate (1 of 1 = 100 %). */
export const MIN_REPLY_THREADS = 10;

/**
 * Creator reply rate (PRODUCT.md): among recent posts (≤ 90 days, ≥ 48 h old, at most 30) that have
 * comments from others, the share of audience threads (top-level comments by others) that got a
 * reply from the creator anywhere in the thread; with the median delay of the creator's first reply.
 */
export function replyRate(account: Pick<AccountFacts, 'posts' | 'comments'>, now: Date): ReplyRate {
  if (account.comments === null) {
    return {
      value: null,
      median_delay_hours: null,
      threads: 0,
      replied: 0,
      posts_considered: 0,
      reason: 'comment data is not available (connect the account or import comments)',
    };
  }
  const since = now.getTime() - REPLY_WINDOW_DAYS * DAY_MS;
  const recent = new Set(
    eligiblePosts(account.posts, now)
      .filter((p) => isoMillis(p.postedAt) >= since)
      .slice(0, REPLY_MAX_POSTS)
      .map((p) => p.id),
  );
  const byPost = groupBy(
    account.comments.filter((c) => recent.has(c.postId)),
    (c) => c.postId,
  );
  let threads = 0;
  let replied = 0;
  const delays: number[] = [];
  let postsConsidered = 0;
  for (const comments of byPost.values()) {
    const byId = new Map(comments.map((c) => [c.externalId, c]));
    const rootOf = (c: CommentFacts): CommentFacts => {
      let current = c;
      for (let hops = 0; current.replyTo && byId.has(current.replyTo) && hops < 50; hops++)
        current = byId.get(current.replyTo)!;
      return current;
    };
    const audienceThreads = comments.filter((c) => c.replyTo === null && !c.byCreator);
    if (audienceThreads.length === 0) continue;
    postsConsidered += 1;
    const firstReply = new Map<string, number>();
    for (const c of comments) {
      if (!c.byCreator || c.replyTo === null) continue;
      const root = rootOf(c);
      const t = isoMillis(c.commentedAt);
      if (!firstReply.has(root.externalId) || t < firstReply.get(root.externalId)!) firstReply.set(root.externalId, t);
    }
    for (const thread of audienceThreads) {
      threads += 1;
      const t = firstReply.get(thread.externalId);
      if (t === undefined) continue;
      replied += 1;
      delays.push(Math.max(0, t - isoMillis(thread.commentedAt)) / 3_600_000);
    }
  }
  if (threads === 0) {
    return {
      value: null,
      median_delay_hours: null,
      threads: 0,
      replied: 0,
      posts_considered: 0,
      reason: 'no audience comments on recent posts',
    };
  }
  if (threads < MIN_REPLY_THREADS) {
    return {
      value: null,
      median_delay_hours: null,
      threads,
      replied,
      posts_considered: postsConsidered,
      reason: `insufficient data: ${threads} audience thread(s) on recent posts (need ${MIN_REPLY_THREADS})`,
    };
  }
  return {
    value: replied / threads,
    median_delay_hours: median(delays),
    threads,
    replied,
    posts_considered: postsConsidered,
  };
}
