// Reference bands per platform and tier, used to explain authenticity reasons ("compared with …").
// They are configuration, like the tiers: typical public benchmarks for engagement by followers
// (Instagram micro ≈ 1–6 %), widened so that ordinary creators sit inside them. Accounts below the
// smallest tier (< 1,000 followers) use the "sub_nano" band: small personal accounts engage far more.
import type { Platform } from '../creators/creator-record.ts';
import type { TierName } from '../creators/tiers.ts';

export type BandTier = TierName | 'sub_nano';
export interface Band {
  low: number;
  high: number;
}

export const ER_FOLLOWERS_BANDS: Record<Platform, Record<BandTier, Band>> = {
  instagram: {
    sub_nano: { low: 0.03, high: 0.6 },
    nano: { low: 0.02, high: 0.12 },
    micro: { low: 0.01, high: 0.06 },
    mid: { low: 0.007, high: 0.04 },
    macro: { low: 0.005, high: 0.03 },
    mega: { low: 0.003, high: 0.025 },
  },
  tiktok: {
    sub_nano: { low: 0.04, high: 0.8 },
    nano: { low: 0.03, high: 0.2 },
    micro: { low: 0.02, high: 0.12 },
    mid: { low: 0.015, high: 0.09 },
    macro: { low: 0.01, high: 0.07 },
    mega: { low: 0.008, high: 0.06 },
  },
  youtube: {
    sub_nano: { low: 0.01, high: 0.3 },
    nano: { low: 0.01, high: 0.1 },
    micro: { low: 0.005, high: 0.06 },
    mid: { low: 0.003, high: 0.04 },
    macro: { low: 0.002, high: 0.03 },
    mega: { low: 0.001, high: 0.02 },
  },
};

/** Likes per comment. Far fewer likes per comment than usual suggests comment pods; far more, bought likes. */
export const LIKES_PER_COMMENT_BANDS: Record<BandTier, Band> = {
  sub_nano: { low: 5, high: 200 },
  nano: { low: 5, high: 200 },
  micro: { low: 5, high: 200 },
  mid: { low: 8, high: 300 },
  macro: { low: 10, high: 400 },
  mega: { low: 10, high: 600 },
};

export const MASS_FOLLOWING = 1_500;
export const GENERIC_COMMENT_SHARE_BAND: Band = { low: 0, high: 0.35 };
/** Share of audience comments written by a ring: the same accounts commenting on most posts. */
export const COMMENT_RING_SHARE_BAND: Band = { low: 0, high: 0.5 };
export const SUSPICIOUS_PROFILE_SHARE_BAND: Band = { low: 0, high: 0.2 };
