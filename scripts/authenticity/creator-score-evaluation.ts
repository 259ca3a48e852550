// Creator-level evaluation of the audience score (PRODUCT.md "Authenticity", layer 2) on InstaFake's
// 700 non-automated real accounts: how many real accounts it calls suspicious, and how many it
// catches after a documented fraud pattern is injected into the same accounts.
//
// Each account becomes vetting facts: its per-post likes and comments (newest first), its follower
// count as a flat daily history over the 180 days before "now" (the dataset has no history; a flat
// series is the neutral choice and is the same for the clean and the injected runs), and no comment
// texts. "now" is 3 days after the account's newest post, so every post is older than 48 hours.
import { buildVettingReport } from '../../src/core/vetting/build-vetting-report.ts';
import type { AccountFacts, CommentFacts, FollowerPoint, PostFacts } from '../../src/core/vetting/account-facts.ts';
import type { InstafakeRealAccount } from './load-instafake-nonautomated.ts';

const DAY = 86_400_000;
export const HISTORY_DAYS = 180;

export type FraudPattern = 'none' | 'bought_followers_overnight' | 'bought_followers_dripped' | 'generic_comment_burst';

export const PATTERNS: Record<Exclude<FraudPattern, 'none'>, string> = {
  bought_followers_overnight: 'followers × 5 overnight 30 days ago, likes and comments unchanged',
  bought_followers_dripped: 'followers × 3 added evenly over the 14 days ending 30 days ago, likes unchanged',
  generic_comment_burst: 'on each of the last 12 posts, 3× its comments (at least 10) added as generic comments from a ring of 12 accounts',
};

const GENERIC = ['nice pic 🔥', '😍😍', 'love it ❤️', 'great post', 'wow', 'amazing', '🔥🔥🔥', 'so cute', 'nice', 'cool'];

export function accountFacts(account: InstafakeRealAccount, pattern: FraudPattern): { facts: AccountFacts; now: Date } {
  const newest = Math.max(0, ...account.posts.map((p) => p.postedAt)) * 1000;
  const now = new Date((newest || Date.UTC(2019, 6, 1)) + 3 * DAY);
  const base = account.profile.followers ?? 0;
  const posts: PostFacts[] = account.posts.map((p, i) => ({
    id: `p${i}`, postedAt: new Date(p.postedAt * 1000).toISOString(), type: 'image', likes: p.likes,
    comments: p.commentsDisabled ? null : p.comments, views: null, isPaidPartnership: null, caption: null, hashtags: [], mentions: [], taggedBrands: [],
  }));
  const history: FollowerPoint[] = Array.from({ length: HISTORY_DAYS }, (_, d) => {
    const at = now.getTime() - (HISTORY_DAYS - 1 - d) * DAY;
    const daysAgo = HISTORY_DAYS - 1 - d;
    let followers = base;
    if (pattern === 'bought_followers_overnight' && daysAgo <= 30) followers = base * 5;
    if (pattern === 'bought_followers_dripped') followers = daysAgo <= 30 ? base * 3 : daysAgo <= 44 ? Math.round(base * (1 + (2 * (44 - daysAgo)) / 14)) : base;
    return { observedAt: new Date(at).toISOString(), followers };
  });
  let comments: CommentFacts[] | null = null;
  if (pattern === 'generic_comment_burst') {
    comments = [];
    for (const [i, post] of posts.slice(0, 12).entries()) {
      const real = post.comments ?? 0;
      // The real comments' texts are not in the dataset: they stand as specific (non-generic) remarks.
      for (let c = 0; c < real; c++) comments.push(comment(post, `r${i}-${c}`, `fan${c}`, 'where did you take this one?'));
      const burst = Math.max(10, 3 * real);
      for (let c = 0; c < burst; c++) comments.push(comment(post, `g${i}-${c}`, `ring_${c % 12}`, GENERIC[c % GENERIC.length]!));
      post.comments = real + burst;
    }
  }
  const followers = history.at(-1)!.followers;
  return {
    now,
    facts: {
      platform: 'instagram', handle: 'instafake', followers, following: account.profile.following ?? null,
      posts, history, comments, knownProfiles: [],
    },
  };
}

function comment(post: PostFacts, id: string, author: string, text: string): CommentFacts {
  return { postId: post.id, externalId: id, authorHandle: author, text, commentedAt: new Date(Date.parse(post.postedAt) + 3_600_000).toISOString(), replyTo: null, byCreator: false };
}

export interface CreatorScoreResult {
  pattern: FraudPattern;
  flagged: number;
  accounts: number;
  rate: number;
  /** How often each reason appeared among the flagged accounts. */
  reasons: Map<string, number>;
}

/** Share of accounts whose audience score falls below the "suspicious" threshold under a pattern. */
export function evaluateCreatorScore(accounts: readonly InstafakeRealAccount[], pattern: FraudPattern): CreatorScoreResult {
  let flagged = 0;
  const reasons = new Map<string, number>();
  for (const account of accounts) {
    const { facts, now } = accountFacts(account, pattern);
    const report = buildVettingReport(facts, { now, benchmarks: () => undefined, audience: { source: null, dimensions: {} } });
    if (report.authenticity.level !== 'suspicious') continue;
    flagged += 1;
    for (const r of report.authenticity.reasons) reasons.set(r.code, (reasons.get(r.code) ?? 0) + 1);
  }
  return { pattern, flagged, accounts: accounts.length, rate: flagged / accounts.length, reasons };
}
