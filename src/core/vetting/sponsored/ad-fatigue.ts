import { isoMillis } from '../../time/iso-millis.ts';
import { DAY_MS, type AccountFacts, type PostFacts } from '../account-facts.ts';
import { eligiblePosts } from '../engagement/eligible-posts.ts';
import { followersAt } from '../engagement/followers-at.ts';
import { detectSponsored } from './detect-sponsored.ts';

export const AD_FATIGUE_WINDOW_DAYS = 90;
/** A share of fewer posts is a coin toss (1 of 1 = 100 %). */
export const MIN_POSTS_FOR_SHARE = 5;
/** Posts with an engagement rate needed on each side to compare sponsored with organic posts. */
export const MIN_POSTS_PER_SIDE = 3;

export interface AdFatigue {
  window_days: number;
  posts: number;
  sponsored_posts: number;
  /** Sponsored posts / all posts over 90 days; null with fewer than MIN_POSTS_FOR_SHARE posts in the window. */
  share_90d: number | null;
  sponsored_er: number | null;
  organic_er: number | null;
  /** ER of sponsored posts / ER of organic posts over the same window; null when either side is missing. */
  paid_post_performance: number | null;
  /** Brands tagged or mentioned in sponsored posts, most frequent first (so a brand can avoid a rival's creator). */
  brands: { handle: string; posts: number }[];
  /** Brands tagged in posts without any disclosure (possible undisclosed sponsorship). */
  undisclosed_brand_tags: { handle: string; posts: number }[];
  /** What is missing for the numbers that are null (insufficient data); absent when all are known. */
  missing?: string[];
}

/** Ad fatigue over the last 90 days: how much of the feed is sponsored and how sponsored posts perform. */
export function adFatigue(account: Pick<AccountFacts, 'posts' | 'history' | 'followers'>, now: Date): AdFatigue {
  const since = now.getTime() - AD_FATIGUE_WINDOW_DAYS * DAY_MS;
  const inWindow = account.posts.filter((p) => {
    const t = isoMillis(p.postedAt);
    return t >= since && t <= now.getTime();
  });
  const verdicts = new Map(inWindow.map((p) => [p.id, detectSponsored(p)]));
  const sponsored = inWindow.filter((p) => verdicts.get(p.id)!.sponsored);
  const organic = inWindow.filter((p) => !verdicts.get(p.id)!.sponsored);
  // Every eligible post of the account (the list the engagement rates computed already): only those in
  // the window are looked up.
  const eligible = new Set(eligiblePosts(account.posts, now).map((p) => p.id));
  const meanEr = (posts: PostFacts[]): number | null => {
    const rates = posts
      .filter((p) => eligible.has(p.id) && p.likes !== null)
      .flatMap((p) => {
        const followers = followersAt(account.history, p.postedAt, account.followers);
        return followers && followers > 0 ? [((p.likes ?? 0) + (p.comments ?? 0)) / followers] : [];
      });
    return rates.length < MIN_POSTS_PER_SIDE ? null : rates.reduce((s, r) => s + r, 0) / rates.length;
  };
  const sponsoredEr = meanEr(sponsored);
  const organicEr = meanEr(organic);
  const missing = [
    ...(inWindow.length < MIN_POSTS_FOR_SHARE
      ? [`sponsored share: ${inWindow.length} post(s) in ${AD_FATIGUE_WINDOW_DAYS} days (need ${MIN_POSTS_FOR_SHARE})`]
      : []),
    ...(sponsoredEr === null || organicEr === null
      ? [
          `paid post performance: needs ${MIN_POSTS_PER_SIDE} sponsored and ${MIN_POSTS_PER_SIDE} organic posts` +
            ' with engagement',
        ]
      : []),
  ];
  return {
    window_days: AD_FATIGUE_WINDOW_DAYS,
    posts: inWindow.length,
    sponsored_posts: sponsored.length,
    share_90d: inWindow.length < MIN_POSTS_FOR_SHARE ? null : sponsored.length / inWindow.length,
    sponsored_er: sponsoredEr,
    organic_er: organicEr,
    paid_post_performance:
      sponsoredEr === null || organicEr === null || organicEr === 0 ? null : sponsoredEr / organicEr,
    brands: countHandles(sponsored.map((p) => [...p.taggedBrands, ...p.mentions])),
    undisclosed_brand_tags: countHandles(organic.map((p) => p.taggedBrands)),
    ...(missing.length > 0 ? { missing } : {}),
  };
}

function countHandles(perPost: string[][]): { handle: string; posts: number }[] {
  const counts = new Map<string, number>();
  for (const handles of perPost)
    for (const h of new Set(handles.map((x) => x.toLowerCase()))) counts.set(h, (counts.get(h) ?? 0) + 1);
  return [...counts]
    .map(([handle, posts]) => ({ handle, posts }))
    .sort((a, b) => b.posts - a.posts || a.handle.localeCompare(b.handle));
}
