// The points behind a vetting report's charts: the follower series, and each recent post's
// engagement under er_followers with its sponsored verdict, so a chart can show exactly the numbers
// the report's formulas used (and mark the ones they left out, and why).
import { isoMillis } from '../time/iso-millis.ts';
import type { AccountFacts } from './account-facts.ts';
import { eligiblePosts, MIN_POST_AGE_MS } from './engagement/eligible-posts.ts';
import { ER_FOLLOWERS_POSTS } from './engagement/er-followers.ts';
import { followersAt } from './engagement/followers-at.ts';
import { detectSponsored } from './sponsored/detect-sponsored.ts';

/** Posts shown in the engagement chart (newest first, then drawn oldest to newest). */
export const SERIES_POSTS = 60;

export interface PostPoint {
  id: string;
  posted_at: string;
  type: string;
  likes: number | null;
  comments: number | null;
  views: number | null;
  /** Followers at post time (the last count at or before it; the latest count without history). */
  followers_at: number | null;
  /** (likes + comments) / followers_at; null when likes are hidden or followers unknown. */
  er: number | null;
  sponsored: boolean;
  sponsored_evidence: string[];
  /** Counted in er_followers (one of the last 12 posts older than 48 h with visible likes). */
  in_er_followers: boolean;
  /** Younger than 48 h at as_of: left out of every rate. */
  too_recent: boolean;
}

export interface VettingSeries {
  followers: { at: string; followers: number }[];
  posts: PostPoint[];
}

export function vettingSeries(facts: AccountFacts, now: Date): VettingSeries {
  const used = new Set(
    eligiblePosts(facts.posts, now)
      .filter((p) => p.likes !== null)
      .slice(0, ER_FOLLOWERS_POSTS)
      .map((p) => p.id),
  );
  const cutoff = now.getTime() - MIN_POST_AGE_MS;
  const posts = [...facts.posts]
    .filter((p) => isoMillis(p.postedAt) <= now.getTime())
    .sort((a, b) => isoMillis(b.postedAt) - isoMillis(a.postedAt))
    .slice(0, SERIES_POSTS)
    .map((p): PostPoint => {
      const followers = followersAt(facts.history, p.postedAt, facts.followers);
      const verdict = detectSponsored(p);
      return {
        id: p.id,
        posted_at: p.postedAt,
        type: p.type,
        likes: p.likes,
        comments: p.comments,
        views: p.views,
        followers_at: followers,
        er: p.likes === null || !followers || followers <= 0 ? null : (p.likes + (p.comments ?? 0)) / followers,
        sponsored: verdict.sponsored,
        sponsored_evidence: verdict.evidence,
        in_er_followers: used.has(p.id),
        too_recent: isoMillis(p.postedAt) > cutoff,
      };
    })
    .reverse();
  const followers = [...facts.history]
    .sort((a, b) => isoMillis(a.observedAt) - isoMillis(b.observedAt))
    .map((h) => ({ at: h.observedAt, followers: h.followers }));
  return { followers, posts };
}
