// Creator-level evaluation of the audience score (PRODUCT.md "Authenticity", layer 2) on InstaFake's
// real accounts: how many real accounts it calls suspicious, and how many it catches after a fraud
// pattern is injected into the same accounts.
//
// Each account becomes vetting facts: its posts (newest first), a follower history with realistic
// noise, viral posts and organic bursts (organic-history.ts), and audience comments on its 12 newest
// posts (synthetic-comments.ts); the clean and the injected runs share all of it. "now" is 3 days
// after the account's newest post, so every post is older than 48 hours.
import { buildVettingReport } from '../../src/core/vetting/build-vetting-report.ts';
import type { AccountFacts, CommentFacts, PostFacts } from '../../src/core/vetting/account-facts.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';
import type { InstafakeRealAccount } from './load-instafake-nonautomated.ts';
import { organicHistory } from './organic-history.ts';
import { audienceComments, podComments } from './synthetic-comments.ts';

const DAY = 86_400_000;
/** Fixed with the noise model; the same for every pattern so clean and injected runs share their noise. */
const NOISE_SEED = 1_861;
const COMMENTED_POSTS = 12;

export type FraudPattern = 'none' | 'bought_followers_overnight' | 'bought_followers_dripped' | 'engagement_pod';

export const PATTERNS: Record<Exclude<FraudPattern, 'none'>, string> = {
  bought_followers_overnight: 'followers × 5 overnight 30 days ago, likes and comments unchanged',
  bought_followers_dripped: 'followers × 3 added evenly over the 14 days ending 30 days ago, likes unchanged',
  engagement_pod: 'a pod of 8–40 accounts, each commenting (and liking) on 30–95 % of the 12 newest posts',
};

export function accountFacts(
  account: InstafakeRealAccount,
  index: number,
  pattern: FraudPattern,
): { facts: AccountFacts; now: Date } {
  const newest = Math.max(0, ...account.posts.map((p) => p.postedAt)) * 1000;
  const now = new Date((newest || Date.UTC(2019, 6, 1)) + 3 * DAY);
  const base = account.profile.followers ?? 0;
  const posts: PostFacts[] = account.posts.map((p, i) => ({
    id: `p${i}`,
    postedAt: new Date(p.postedAt * 1000).toISOString(),
    type: 'image',
    likes: p.likes,
    comments: p.commentsDisabled ? null : p.comments,
    views: null,
    isPaidPartnership: null,
    caption: null,
    hashtags: [],
    mentions: [],
    taggedBrands: [],
  }));
  const organic = organicHistory(NOISE_SEED + index * 7_919, base, posts, now);
  const random = seededRandom(NOISE_SEED * 31 + index);
  const commented = organic.posts.slice(0, COMMENTED_POSTS);
  const comments: CommentFacts[] = audienceComments(random, commented, base);
  if (pattern === 'engagement_pod') {
    const pod = podComments(random, commented);
    for (const post of commented) {
      const added = pod.filter((c) => c.postId === post.id).length;
      post.comments = (post.comments ?? 0) + added;
      post.likes = post.likes === null ? null : post.likes + added;
    }
    comments.push(...pod);
  }
  const history = organic.history.map((point) => {
    const daysAgo = Math.round((now.getTime() - Date.parse(point.observedAt)) / DAY);
    let factor = 1;
    if (pattern === 'bought_followers_overnight' && daysAgo <= 30) factor = 5;
    if (pattern === 'bought_followers_dripped')
      factor = daysAgo <= 30 ? 3 : daysAgo <= 44 ? 1 + (2 * (44 - daysAgo)) / 14 : 1;
    return { ...point, followers: Math.round(point.followers * factor) };
  });
  return {
    now,
    facts: {
      platform: 'instagram',
      handle: 'instafake',
      followers: history.at(-1)!.followers,
      following: account.profile.following ?? null,
      posts: organic.posts,
      history,
      comments,
      knownProfiles: [],
    },
  };
}

export interface CreatorScoreResult {
  pattern: FraudPattern;
  accounts: number;
  /** Accounts scored below the "suspicious" threshold. */
  suspicious: number;
  /** Accounts scored "watch" (60–79). */
  watch: number;
  /** Accounts without a score (too few posts): never counted as caught or as flagged. */
  insufficient: number;
  /** suspicious / accounts. */
  suspiciousRate: number;
  /** How often each reason appeared among the suspicious accounts. */
  reasons: Map<string, number>;
}

/** The audience score's verdicts on `accounts` under a pattern. */
export function evaluateCreatorScore(
  accounts: readonly InstafakeRealAccount[],
  pattern: FraudPattern,
): CreatorScoreResult {
  const result: CreatorScoreResult = {
    pattern,
    accounts: accounts.length,
    suspicious: 0,
    watch: 0,
    insufficient: 0,
    suspiciousRate: 0,
    reasons: new Map(),
  };
  accounts.forEach((account, index) => {
    const { facts, now } = accountFacts(account, index, pattern);
    const a = buildVettingReport(facts, {
      now,
      benchmarks: () => undefined,
      audience: { source: null, dimensions: {} },
    }).authenticity;
    if (a.level === 'insufficient_data') result.insufficient += 1;
    if (a.level === 'watch') result.watch += 1;
    if (a.level !== 'suspicious') return;
    result.suspicious += 1;
    for (const r of a.reasons) result.reasons.set(r.code, (result.reasons.get(r.code) ?? 0) + 1);
  });
  result.suspiciousRate = result.suspicious / accounts.length;
  return result;
}
