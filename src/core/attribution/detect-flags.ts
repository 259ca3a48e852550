import { couponSiteOf } from './coupon-sites.ts';
import type { AttributionFlag, CampaignRules, ClickCandidate, SelfIdentity } from './types.ts';
import { withinWindow } from './within-window.ts';

export interface FlagInput {
  rule: 'known_customer' | 'discount_code' | 'click';
  enrollmentId: number;
  rules: CampaignRules;
  order: { placedAt: string; referrer: string | null; emailHash: string | null; addressHash: string | null };
  clicks: ClickCandidate[];
  self: SelfIdentity | undefined;
}

/**
 * Self-referral: the customer's email or address hash is the creator's own.
 * Code leak (discount-code orders only): the referrer is a coupon site, or no click from the code's
 * creator reached this customer/checkout within the window.
 */
export function detectFlags(input: FlagInput): AttributionFlag[] {
  const flags: AttributionFlag[] = [];
  const { order, self } = input;
  if (self && order.emailHash && self.emailHashes.includes(order.emailHash)) {
    flags.push({ kind: 'self_referral', reason: 'customer email matches the creator' });
  } else if (self && order.addressHash && self.addressHashes.includes(order.addressHash)) {
    flags.push({ kind: 'self_referral', reason: 'customer address matches the creator' });
  }
  if (input.rule === 'discount_code') {
    const site = couponSiteOf(order.referrer);
    if (site) {
      flags.push({ kind: 'code_leak', reason: `referrer is the coupon site ${site}` });
    } else {
      const clicked = input.clicks.some((c) => c.enrollmentId === input.enrollmentId
        && withinWindow(c.clickedAt ?? order.placedAt, order.placedAt, input.rules.windowDays) === 'in_window');
      if (!clicked) flags.push({ kind: 'code_leak', reason: "code used with no click from the creator's link within the window" });
    }
  }
  return flags;
}
