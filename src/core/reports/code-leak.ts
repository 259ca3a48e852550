// "Code leak suspected" is a property of a creator's code, never of one order (PRODUCT.md "Attribution
// rules"): her code's redemptions far exceed what her link traffic explains, or a share of them come
// from coupon sites. An order with a code and no click is normal: people type codes seen in a story.
import { ratio } from '../money/ratio.ts';

/** Redemptions above this multiple of (counted clicks × the campaign's conversion rate) are suspicious… */
export const LEAK_MULTIPLE = 2;
/** …once there are at least this many of them. */
export const MIN_REDEMPTIONS = 10;
/** This share of redemptions (or more) arriving from coupon sites is a leak on its own. */
export const COUPON_SITE_SHARE = 0.2;

export interface CodeLeakInput {
  /** Orders attributed by this creator's code in the campaign (window applied by attribution). */
  redemptions: number;
  /** Those of them whose referrer is a known coupon site. */
  couponSiteRedemptions: number;
  /** Counted clicks on the creator's tracked link. */
  clicks: number;
  /** The campaign's attributed orders / clicks; null when the campaign has no clicks. */
  campaignConversionRate: number | null;
}

export interface CodeLeak {
  suspected: boolean;
  reason: string | null;
  evidence: {
    redemptions: number;
    coupon_site_redemptions: number;
    clicks: number;
    campaign_conversion_rate: number | null;
    /** Redemptions the link traffic explains: clicks × conversion rate (0 when the campaign has no clicks). */
    explained_by_clicks: number;
    coupon_site_share: number | null;
  };
}

export function assessCodeLeak(input: CodeLeakInput): CodeLeak {
  const explained = input.clicks * (input.campaignConversionRate ?? 0);
  const share = ratio(input.couponSiteRedemptions, input.redemptions);
  const evidence = {
    redemptions: input.redemptions,
    coupon_site_redemptions: input.couponSiteRedemptions,
    clicks: input.clicks,
    campaign_conversion_rate: input.campaignConversionRate,
    explained_by_clicks: Math.round(explained * 100) / 100,
    coupon_site_share: share,
  };
  if (share !== null && share >= COUPON_SITE_SHARE) {
    return {
      suspected: true,
      reason: `${input.couponSiteRedemptions} of ${input.redemptions} code redemptions came from coupon sites`,
      evidence,
    };
  }
  if (input.redemptions >= MIN_REDEMPTIONS && input.redemptions > LEAK_MULTIPLE * explained) {
    return {
      suspected: true,
      reason: `${input.redemptions} code redemptions; her ${input.clicks} clicks explain about ${evidence.explained_by_clicks} (more than ${LEAK_MULTIPLE}× that)`,
      evidence,
    };
  }
  return { suspected: false, reason: null, evidence };
}
