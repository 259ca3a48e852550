// Fair price range per deliverable (PRODUCT.md "Fair price range"): expected views × CPM band ×
// engagement factor × fatigue factor, with every input shown. Amounts are integer minor units of the
// requested currency; the CPM bands are in US dollars and converted with the caller's rate.
import type { Platform } from '../../creators/creator-record.ts';
import type { TierName } from '../../creators/tiers.ts';
import { toMinor } from '../../shared/minor-units.ts';

export type Deliverable = 'post' | 'reel' | 'story' | 'video';

/** USD per 1,000 expected views (industry rate cards for creator content, low and high). */
export const CPM_USD: Record<Deliverable, { low: number; high: number }> = {
  post: { low: 6, high: 14 },
  reel: { low: 7, high: 16 },
  story: { low: 4, high: 9 },
  video: { low: 15, high: 35 },
};

/** Share of followers a post reaches when the creator's own view counts are unknown. */
export const REACH_FACTOR: Record<TierName | 'sub_nano', number> = {
  sub_nano: 0.4,
  nano: 0.35,
  micro: 0.25,
  mid: 0.18,
  macro: 0.12,
  mega: 0.08,
};
/** Stories reach a smaller share of followers than feed posts. */
export const STORY_REACH_SHARE = 0.35;

export const DELIVERABLES_BY_PLATFORM: Record<Platform, Deliverable[]> = {
  instagram: ['post', 'reel', 'story'],
  tiktok: ['video'],
  youtube: ['video'],
};

export interface PriceInputs {
  platform: Platform;
  followers: number;
  tier: TierName | null;
  /** Median views of the creator's recent videos, when known. */
  medianViews: number | null;
  /** 0–100 engagement percentile within tier, when known. */
  engagementPercentile: number | null;
  sponsoredShare: number | null;
  /** Units of the target currency per US dollar (1 for USD). */
  usdRate: number;
  /** The target currency: amounts are its minor units (by its ISO exponent). */
  currency: string;
  /** Multiplier learned from the brand's closed deals (1 when not calibrated). */
  calibration: number;
}

export interface PriceRange {
  deliverable: Deliverable;
  low: number;
  high: number;
  inputs: {
    expected_views: number;
    views_source: 'own_views' | 'followers_x_reach';
    cpm_usd: { low: number; high: number };
    engagement_factor: number;
    fatigue_factor: number;
    usd_rate: number;
    calibration: number;
  };
}

export function engagementFactor(percentile: number | null): number {
  return percentile === null ? 1 : 0.8 + 0.4 * (percentile / 100);
}

export function fatigueFactor(sponsoredShare: number | null): number {
  return sponsoredShare === null ? 1 : 1 - 0.3 * Math.min(1, sponsoredShare / 0.5);
}

/** The fair price range of one deliverable; rounding: half away from zero to the minor unit. */
export function fairPrice(deliverable: Deliverable, p: PriceInputs): PriceRange {
  const ownViews = p.medianViews !== null && p.medianViews > 0 && deliverable !== 'story';
  const reach = REACH_FACTOR[p.tier ?? 'sub_nano'] * (deliverable === 'story' ? STORY_REACH_SHARE : 1);
  const views = ownViews ? p.medianViews! : Math.max(0, p.followers) * reach;
  const ef = engagementFactor(p.engagementPercentile);
  const ff = fatigueFactor(p.sponsoredShare);
  const cpm = CPM_USD[deliverable];
  const amount = (usdPerThousand: number) =>
    toMinor((views / 1000) * usdPerThousand * ef * ff * p.calibration * p.usdRate, p.currency);
  return {
    deliverable,
    low: amount(cpm.low),
    high: amount(cpm.high),
    inputs: {
      expected_views: Math.round(views),
      views_source: ownViews ? 'own_views' : 'followers_x_reach',
      cpm_usd: cpm,
      engagement_factor: ef,
      fatigue_factor: ff,
      usd_rate: p.usdRate,
      calibration: p.calibration,
    },
  };
}

/** The mid of a fair range in minor units: what expected ROAS is priced at and "add to campaign" suggests. */
export const midPrice = (range: Pick<PriceRange, 'low' | 'high'>): number => Math.round((range.low + range.high) / 2);
