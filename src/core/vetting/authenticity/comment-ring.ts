import type { CommentFacts } from '../account-facts.ts';

/** A ring member comments on at least this share of the posts that have audience comments. */
export const RING_POST_SHARE = 0.5;
export const RING_MIN_POSTS = 4;
/** Fewer regulars than this are friends, not a pod. */
export const RING_MIN_MEMBERS = 5;

export interface CommentRing {
  members: string[];
  /** Share of all audience comments written by ring members. */
  share: number;
  posts: number;
}

/**
 * Engagement pods and comment bots show up as the same accounts under nearly every post. Loyal fans
 * and friends do that too, but they are few or write a small part of the comments; a ring (at
 * least 5 regulars) writes most of them.
 */
export function commentRing(audience: readonly CommentFacts[]): CommentRing | null {
  const postsByAuthor = new Map<string, Set<string>>();
  const posts = new Set<string>();
  for (const c of audience) {
    posts.add(c.postId);
    const set = postsByAuthor.get(c.authorHandle) ?? new Set<string>();
    set.add(c.postId);
    postsByAuthor.set(c.authorHandle, set);
  }
  if (posts.size < RING_MIN_POSTS) return null;
  const members = [...postsByAuthor]
    .filter(([, p]) => p.size >= RING_POST_SHARE * posts.size && p.size >= RING_MIN_POSTS)
    .map(([author]) => author)
    .sort();
  if (members.length < RING_MIN_MEMBERS) return { members, share: 0, posts: posts.size };
  const set = new Set(members);
  const share = audience.filter((c) => set.has(c.authorHandle)).length / audience.length;
  return { members, share, posts: posts.size };
}
