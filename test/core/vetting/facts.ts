// Builders for vetting tests: hand-written posts relative to a fixed "now".
import type { AccountFacts, CommentFacts, PostFacts } from '../../../src/core/vetting/account-facts.ts';

export const NOW = new Date('2026-06-30T12:00:00.000Z');
export const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

let n = 0;
export function post(
  daysOld: number,
  likes: number | null,
  comments: number | null = 0,
  extra: Partial<PostFacts> = {},
): PostFacts {
  n += 1;
  return {
    id: `p${n}`,
    postedAt: daysAgo(daysOld),
    type: 'image',
    likes,
    comments,
    views: null,
    isPaidPartnership: null,
    caption: null,
    hashtags: [],
    mentions: [],
    taggedBrands: [],
    ...extra,
  };
}

export function comment(
  postId: string,
  id: string,
  hoursAfter: number,
  postedAt: string,
  extra: Partial<CommentFacts> = {},
): CommentFacts {
  return {
    postId,
    externalId: id,
    authorHandle: `fan_${id}`,
    text: 'love this look',
    byCreator: false,
    replyTo: null,
    commentedAt: new Date(Date.parse(postedAt) + hoursAfter * 3_600_000).toISOString(),
    ...extra,
  };
}

export function account(extra: Partial<AccountFacts> = {}): AccountFacts {
  return {
    platform: 'instagram',
    handle: 'ana',
    followers: 10_000,
    following: 300,
    posts: [],
    history: [],
    comments: null,
    knownProfiles: [],
    ...extra,
  };
}
