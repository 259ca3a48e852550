// The creator audience score (PRODUCT.md "Authenticity", layer 2): 100 minus named penalties, each
// with the measured value and the band it was compared with. An explained heuristic, never a
// measured fake-follower percentage.
import type { Platform } from '../../creators/creator-record.ts';
import { tierOf } from '../../creators/tiers.ts';
import type { CommentFacts, PostFacts } from '../account-facts.ts';
import { ER_FOLLOWERS_BANDS, type BandTier } from '../benchmarks.ts';
import type { EngagementMeasure } from '../engagement/engagement-measure.ts';
import type { FollowerSpike } from '../growth/detect-spikes.ts';
import type { AuthenticityCheck, AuthenticityReason } from './authenticity-reason.ts';
import { commentSignals } from './comment-signals.ts';
import { profileSignals } from './profile-signals.ts';
import { spikeSignals } from './spike-signals.ts';
import { erSignals } from './er-signals.ts';

/** Below this the creator is reported as suspicious; 60–79 is "watch". */
export const SUSPICIOUS_BELOW = 60;
export const WATCH_BELOW = 80;

export interface AuthenticityInput {
  platform: Platform;
  followers: number | null;
  following: number | null;
  erFollowers: EngagementMeasure;
  spikes: FollowerSpike[];
  /** Observations of the follower count (the spike check needs a few). */
  historyPoints: number;
  /** Eligible posts (≥ 48 h old), newest first. */
  posts: PostFacts[];
  comments: CommentFacts[] | null;
  /** Known followers / commenters run through the account classifier, when any are known. */
  suspiciousProfiles: { checked: number; suspicious: number } | null;
}

export type AuthenticityLevel = 'ok' | 'watch' | 'suspicious' | 'insufficient_data';

export interface AudienceAuthenticity {
  /** 0–100; null when the data is too thin to score (level `insufficient_data`, `missing` says why). */
  score: number | null;
  level: AuthenticityLevel;
  threshold: number;
  reasons: AuthenticityReason[];
  checks: AuthenticityCheck[];
  /** What the score still needs, one sentence each; empty when there is a score. */
  missing: string[];
}

/**
 * The checks every scored account must have had: engagement against its tier band, and a follower
 * history long enough to look for spikes. Without both, 100 minus nothing would read as "genuine"
 * for an account nobody could examine (PRODUCT.md: unknown is insufficient data, never a result).
 */
export const REQUIRED_CHECKS = ['engagement vs tier band', 'follower spikes'] as const;

export function audienceAuthenticity(input: AuthenticityInput): AudienceAuthenticity {
  const tier: BandTier = tierOf(input.followers) ?? 'sub_nano';
  const label = `${input.platform} ${tier.replace('_', '-')}`;
  const signals = [
    erSignals(input.erFollowers, ER_FOLLOWERS_BANDS[input.platform][tier], label),
    spikeSignals(input.spikes, input.historyPoints),
    profileSignals(input.following, input.suspiciousProfiles),
    commentSignals(input.posts, input.comments, tier, label),
  ];
  const checks = signals.flatMap((s) => s.checks);
  const required: readonly string[] = REQUIRED_CHECKS;
  const missing = checks
    .filter((c) => c.status === 'unavailable' && required.includes(c.signal))
    .map((c) => `${c.signal}: ${c.detail}`);
  if (missing.length > 0) {
    return { score: null, level: 'insufficient_data', threshold: SUSPICIOUS_BELOW, reasons: [], checks, missing };
  }
  const reasons = signals.flatMap((s) => s.reasons).sort((a, b) => b.penalty - a.penalty);
  const score = Math.max(0, 100 - reasons.reduce((sum, r) => sum + r.penalty, 0));
  return {
    score,
    level: score < SUSPICIOUS_BELOW ? 'suspicious' : score < WATCH_BELOW ? 'watch' : 'ok',
    threshold: SUSPICIOUS_BELOW,
    reasons,
    checks,
    missing: [],
  };
}
