import type { Platform } from '../../creators/creator-record.ts';
import type { TierName } from '../../creators/tiers.ts';
import { toMajor } from '../../shared/minor-units.ts';
import { DELIVERABLES_BY_PLATFORM, fairPrice } from './fair-price.ts';

/**
 * Expected views and the mid fair price in US dollars of the platform's main deliverable (feed post
 * on Instagram, video on TikTok and YouTube), before any brand calibration: what discovery's cost
 * efficiency and the SQL baseline both read.
 */
export function basePrice(m: {
  platform: Platform;
  followers: number | null;
  tier: TierName | null;
  medianViews: number | null;
  erPercentile: number | null;
  sponsoredShare: number | null;
}) {
  const deliverable = DELIVERABLES_BY_PLATFORM[m.platform][0]!;
  const price = fairPrice(deliverable, {
    platform: m.platform,
    followers: m.followers ?? 0,
    tier: m.tier,
    medianViews: m.medianViews,
    engagementPercentile: m.erPercentile,
    sponsoredShare: m.sponsoredShare,
    usdRate: 1,
    currency: 'USD',
    calibration: 1,
  });
  return {
    deliverable,
    expectedViews: price.inputs.expected_views,
    midUsd: toMajor((price.low + price.high) / 2, 'USD'),
  };
}
