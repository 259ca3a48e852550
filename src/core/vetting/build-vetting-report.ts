// The vetting report of one account: every number with its formula, window, sample and confidence.
import { tierOf, type TierName } from '../creators/tiers.ts';
import type { AccountFacts } from './account-facts.ts';
import { audienceAuthenticity, type AudienceAuthenticity } from './authenticity/audience-authenticity.ts';
import { countSuspiciousProfiles } from './authenticity/count-suspicious-profiles.ts';
import type { AudienceSummary } from './audience-summary.ts';
import { eligiblePosts } from './engagement/eligible-posts.ts';
import type { EngagementMeasure } from './engagement/engagement-measure.ts';
import { erFollowers } from './engagement/er-followers.ts';
import { erMedianLikes } from './engagement/er-median-likes.ts';
import { erViews } from './engagement/er-views.ts';
import { detectSpikes, type FollowerSpike } from './growth/detect-spikes.ts';
import { followerGrowth } from './growth/follower-growth.ts';
import { postingCadence, type PostingCadence } from './growth/posting-cadence.ts';
import { replyRate, type ReplyRate } from './replies/reply-rate.ts';
import { adFatigue, type AdFatigue } from './sponsored/ad-fatigue.ts';
import { tierPercentile } from './stats/tier-percentile.ts';
import { vettingFindings, type Finding } from './vetting-findings.ts';

/** Quantiles and median of a metric over the installation's accounts of the same platform and tier. */
export type TierBenchmarkLookup = (
  metric: string,
) => { quantiles: number[]; median: number | null; count: number } | undefined;

export interface EngagementWithBenchmark extends EngagementMeasure {
  /** 0–100 within the creator's platform and tier; null when unavailable (`tier_percentile_reason`). */
  tier_percentile: number | null;
  tier_percentile_reason?: string;
  tier_median: number | null;
  tier_accounts: number;
}

export interface VettingReport {
  platform: AccountFacts['platform'];
  handle: string;
  followers: number | null;
  following: number | null;
  tier: TierName | null;
  as_of: string;
  engagement: EngagementWithBenchmark[];
  reply_rate: ReplyRate;
  sponsored: AdFatigue;
  growth: {
    d30: number | null;
    d90: number | null;
    spikes: FollowerSpike[];
    cadence: PostingCadence;
    history_points: number;
  };
  authenticity: AudienceAuthenticity;
  audience: AudienceSummary;
  findings: Finding[];
}

export interface VettingContext {
  now: Date;
  benchmarks: TierBenchmarkLookup;
  audience: AudienceSummary;
}

export function buildVettingReport(facts: AccountFacts, ctx: VettingContext): VettingReport {
  const measures = [erFollowers(facts, ctx.now), erMedianLikes(facts, ctx.now), erViews(facts, ctx.now)];
  const engagement = measures.map((m): EngagementWithBenchmark => {
    const bench = ctx.benchmarks(m.formula);
    const percentile = tierPercentile(m.value, bench);
    return {
      ...m,
      tier_percentile: percentile.value,
      ...(percentile.reason ? { tier_percentile_reason: percentile.reason } : {}),
      tier_median: bench?.median ?? null,
      tier_accounts: bench?.count ?? 0,
    };
  });
  const spikes = detectSpikes(facts.history, facts.posts);
  const authenticity = audienceAuthenticity({
    platform: facts.platform,
    followers: facts.followers,
    following: facts.following,
    erFollowers: measures[0]!,
    spikes,
    historyPoints: facts.history.length,
    posts: eligiblePosts(facts.posts, ctx.now),
    comments: facts.comments,
    suspiciousProfiles: countSuspiciousProfiles(facts.platform, facts.knownProfiles),
  });
  const report: Omit<VettingReport, 'findings'> = {
    platform: facts.platform,
    handle: facts.handle,
    followers: facts.followers,
    following: facts.following,
    tier: tierOf(facts.followers),
    as_of: ctx.now.toISOString(),
    engagement,
    reply_rate: replyRate(facts, ctx.now),
    sponsored: adFatigue(facts, ctx.now),
    growth: {
      d30: followerGrowth(facts.history, ctx.now, 30),
      d90: followerGrowth(facts.history, ctx.now, 90),
      spikes,
      cadence: postingCadence(facts.posts, ctx.now),
      history_points: facts.history.length,
    },
    authenticity,
    audience: ctx.audience,
  };
  return { ...report, findings: vettingFindings(report) };
}
