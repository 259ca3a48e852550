import { couponSiteInLanding, couponSiteOf } from './coupon-sites.ts';
import type { AttributionFlag, CampaignRules, ClickCandidate, SelfIdentity } from './types.ts';

export interface FlagInput {
  rule: 'known_customer' | 'discount_code' | 'click';
  enrollmentId: number;
  rules: CampaignRules;
  order: {
    placedAt: string;
    referrer: string | null;
    landingUrl?: string | null | undefined;
    emailHash: string | null;
    addressHash: string | null;
  };
  clicks: ClickCandidate[];
  self: SelfIdentity | undefined;
}

/**
 * Self-referral: the customer's email or address hash is the creator's own.
 * Coupon site: the order arrived from a known coupon / deal site. A code with no click is normal and
 * is not a flag (the code-leak rule looks at a creator's code as a whole, in the campaign report).
 */
export function detectFlags(input: FlagInput): AttributionFlag[] {
  const flags: AttributionFlag[] = [];
  const { order, self } = input;
  if (self && order.emailHash && self.emailHashes.includes(order.emailHash)) {
    flags.push({ kind: 'self_referral', reason: 'customer email matches the creator' });
  } else if (self && order.addressHash && self.addressHashes.includes(order.addressHash)) {
    flags.push({ kind: 'self_referral', reason: 'customer address matches the creator' });
  }
  const site = couponSiteOf(order.referrer);
  const landed = site ? undefined : couponSiteInLanding(order.landingUrl);
  if (site) flags.push({ kind: 'coupon_site', reason: `referrer is the coupon site ${site}` });
  else if (landed) flags.push({ kind: 'coupon_site', reason: `landing URL names the coupon site ${landed}` });
  return flags;
}
