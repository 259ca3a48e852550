// Comment texts and authors for accounts whose comments are not in the dataset (InstaFake gives only
// counts). Both the clean and the injected runs get them, so the comment signals can raise false
// alarms on clean accounts and are measured on them.
//
// Written from how comment sections and engagement pods are described, not from the detectors:
// - an ordinary audience: fans from a pool (2 % of followers, at least 20) with a long tail of loyal
//   regulars (Zipf weights), 10–40 % of texts short praise or emoji, the rest remarks;
// - an engagement pod: 8–40 members, each taking part in a post with its own probability (30–95 %),
//   70 % short praise, the rest one of a few stock "remarks" pods paste around.
// The ranges were fixed before the first run and not changed after seeing any result.
import type { CommentFacts, PostFacts } from '../../src/core/vetting/account-facts.ts';

export const PRAISE = [
  '😍',
  '❤️❤️',
  '🔥',
  'so pretty',
  'love this!',
  'stunning 😍',
  'need this',
  'obsessed',
  'yesss 🙌',
  'beautiful',
  'wow 😮',
  'goals',
  'amazing shot',
  '👏👏👏',
  'cute!!',
];
const REMARKS = [
  'where was this taken?',
  'what camera do you use?',
  'this reminds me of our trip last year',
  'is that the new one from the shop downtown?',
  'how long did this take you?',
  'the light in the second one is perfect',
  'my sister has the same one haha',
  'did you make this yourself?',
  'which trail is this?',
  'recipe please!',
  'can you do a tutorial on this',
  'that colour really suits you',
];
const POD_REMARKS = [
  'this is such a vibe',
  'obsessed with this look',
  'you always post the best content',
  'this made my day',
];

type Random = () => number;
const pick = <T>(random: Random, xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

/** Audience comments on `posts` (their comment counts, at most `cap` each), by a fan pool with regulars. */
export function audienceComments(
  random: Random,
  posts: readonly PostFacts[],
  followers: number,
  cap = 60,
): CommentFacts[] {
  const pool = Math.max(20, Math.round(followers * 0.02));
  const praiseShare = 0.1 + 0.3 * random();
  // Zipf(1.1) over the pool by inverse transform on its cumulative weights.
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 1; r <= pool; r++) cumulative.push((total += r ** -1.1));
  const fan = () => {
    const u = random() * total;
    let lo = 0;
    let hi = pool - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return `fan_${lo}`;
  };
  return posts.flatMap((post) =>
    Array.from({ length: Math.min(cap, post.comments ?? 0) }, (_, c) =>
      comment(post, `a${post.id}-${c}`, fan(), random() < praiseShare ? pick(random, PRAISE) : pick(random, REMARKS)),
    ),
  );
}

/** An engagement pod's comments on the newest `posts`; returns the comments (callers add them to the counts). */
export function podComments(random: Random, posts: readonly PostFacts[]): CommentFacts[] {
  const size = 8 + Math.floor(random() * 33);
  const members = Array.from({ length: size }, (_, m) => ({ handle: `pod_${m}`, rate: 0.3 + 0.65 * random() }));
  return posts.flatMap((post) =>
    members
      .filter((m) => random() < m.rate)
      .map((m) =>
        comment(
          post,
          `p${post.id}-${m.handle}`,
          m.handle,
          random() < 0.7 ? pick(random, PRAISE) : pick(random, POD_REMARKS),
        ),
      ),
  );
}

function comment(post: PostFacts, id: string, author: string, text: string): CommentFacts {
  return {
    postId: post.id,
    externalId: id,
    authorHandle: author,
    text,
    replyTo: null,
    byCreator: false,
    commentedAt: new Date(Date.parse(post.postedAt) + 3_600_000).toISOString(),
  };
}
