// The measured numbers of one account (engagement, replies, sponsored posts, growth, authenticity):
// everything of a vetting report that depends on the account's own facts alone. The report adds the
// tier benchmarks, the audience summary and the findings; a bulk metrics refresh stores these
// numbers and needs none of the three, so it stops here.
import { tierOf, type TierName } from '../creators/tiers.ts';
import type { AccountFacts } from './account-facts.ts';
import { audienceAuthenticity, type AudienceAuthenticity } from './authenticity/audience-authenticity.ts';
import { countSuspiciousProfiles } from './authenticity/count-suspicious-profiles.ts';
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

export interface AccountMeasures {
  platform: AccountFacts['platform'];
  handle: string;
  followers: number | null;
  following: number | null;
  tier: TierName | null;
  as_of: string;
  /** er_followers, er_median_likes, er_views, in that order. */
  engagement: EngagementMeasure[];
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
}

export function measureAccount(facts: AccountFacts, now: Date): AccountMeasures {
  const engagement = [erFollowers(facts, now), erMedianLikes(facts, now), erViews(facts, now)];
  const spikes = detectSpikes(facts.history, facts.posts);
  const authenticity = audienceAuthenticity({
    platform: facts.platform,
    followers: facts.followers,
    following: facts.following,
    erFollowers: engagement[0]!,
    spikes,
    historyPoints: facts.history.length,
    posts: eligiblePosts(facts.posts, now),
    comments: facts.comments,
    suspiciousProfiles: countSuspiciousProfiles(facts.platform, facts.knownProfiles),
  });
  return {
    platform: facts.platform,
    handle: facts.handle,
    followers: facts.followers,
    following: facts.following,
    tier: tierOf(facts.followers),
    as_of: now.toISOString(),
    engagement,
    reply_rate: replyRate(facts, now),
    sponsored: adFatigue(facts, now),
    growth: {
      d30: followerGrowth(facts.history, now, 30),
      d90: followerGrowth(facts.history, now, 90),
      spikes,
      cadence: postingCadence(facts.posts, now),
      history_points: facts.history.length,
    },
    authenticity,
  };
}
