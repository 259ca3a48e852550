// What the index knows about one winning row beyond its score: read here, so callers of the engine
// never reach into its column arrays. Everything a result shows of its account comes from here, not
// from the database: the same values the index ranked on (one reading of the data per brief), and no
// statement per brief for them (it read three tables by key, ~0.6 ms at a million accounts, more when
// their pages were not cached).
import { PLATFORMS, type AudienceSource, type Platform } from '../core/creators/creator-record.ts';
import type { TierName } from '../core/creators/tiers.ts';
import type { CompiledBrief } from './compile-brief.ts';
import { SOURCE_CODE, type DiscoveryIndex } from './discovery-index.ts';

export interface HitFacts {
  platform: Platform;
  handle: string;
  creatorId: number;
  /** The creator's display name, else the account's. */
  displayName: string | null;
  /** The creator's country as given. */
  country: string | null;
  isDemo: boolean;
  /** null when unknown (the index stores NaN), as for every number below. */
  followers: number | null;
  tier: TierName | null;
  erPercentile: number | null;
  sponsoredShare: number | null;
  medianViews: number | null;
  replyRate: number | null;
  authenticity: number | null;
  /** The weaker source of the distributions the brief's audience matched on; null when one is missing. */
  audienceSource: AudienceSource | null;
  /** The brief's query terms found in the row's niche document. */
  matchedTerms: Set<string>;
}

export function describeHit(index: DiscoveryIndex, plan: CompiledBrief, row: number): HitFacts {
  return {
    platform: PLATFORMS[index.platform.data[row]!]!,
    handle: index.handles[row]!,
    creatorId: index.creatorId.data[row]!,
    displayName: index.displayName(row),
    country: index.countryLabel(row),
    isDemo: index.isDemo.data[row] === 1,
    followers: orNull(index.followers.data[row]!),
    tier: index.tierName(row),
    erPercentile: orNull(index.erPercentile.data[row]!),
    sponsoredShare: orNull(index.sponsoredShare.data[row]!),
    medianViews: orNull(index.medianViews.data[row]!),
    replyRate: orNull(index.replyRate.data[row]!),
    authenticity: orNull(index.authenticity.data[row]!),
    audienceSource: audienceSourceOf(index, plan, row),
    matchedTerms: new Set(plan.terms.filter((q) => q.id !== undefined && hasTerm(index, row, q.id)).map((q) => q.term)),
  };
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

function hasTerm(index: DiscoveryIndex, row: number, termId: number): boolean {
  const start = index.termStart.data[row]!;
  for (let i = 0; i < index.termCount.data[row]!; i++) if (index.termIds.data[start + i] === termId) return true;
  return false;
}

function audienceSourceOf(index: DiscoveryIndex, plan: CompiledBrief, row: number): AudienceSource | null {
  const codes = [
    plan.audience?.cells ? index.ageGenderSource.data[row]! : SOURCE_CODE.verified,
    plan.audience?.countries ? index.countrySource.data[row]! : SOURCE_CODE.verified,
  ];
  if (codes.includes(SOURCE_CODE.none)) return null;
  return codes.every((c) => c === SOURCE_CODE.verified) ? 'verified' : 'estimated';
}
