import { describe, expect, it } from 'vitest';
import { assessCodeLeak } from '../../../src/core/reports/code-leak.ts';

describe('code leak: a property of a creator\'s code (PRODUCT.md "Attribution rules")', () => {
  it.each([
    // label, redemptions, from coupon sites, clicks, campaign conversion, suspected
    ['one code order and no click is normal', 1, 0, 0, 0.03, false],
    ['nine redemptions, no clicks: below the minimum of 10', 9, 0, 0, 0.03, false],
    ['10 redemptions, 100 clicks × 3 % = 3 explained; 10 > 6', 10, 0, 100, 0.03, true],
    ['12 redemptions, 200 clicks × 3 % = 6 explained; 12 is not above 12', 12, 0, 200, 0.03, false],
    ['13 redemptions, 200 clicks × 3 % = 6 explained; 13 > 12', 13, 0, 200, 0.03, true],
    ['10 redemptions and a campaign without clicks (nothing explains them)', 10, 0, 0, null, true],
    ['1 of 4 redemptions from a coupon site (25 %)', 4, 1, 50, 0.03, true],
    ['1 of 6 redemptions from a coupon site (17 %)', 6, 1, 500, 0.03, false],
    ['no redemptions', 0, 0, 500, 0.03, false],
  ] as const)('%s', (_label, redemptions, couponSiteRedemptions, clicks, campaignConversionRate, suspected) => {
    const leak = assessCodeLeak({ redemptions, couponSiteRedemptions, clicks, campaignConversionRate });
    expect(leak.suspected).toBe(suspected);
    expect(leak.reason === null).toBe(!suspected);
    expect(leak.evidence).toMatchObject({ redemptions, coupon_site_redemptions: couponSiteRedemptions, clicks });
  });

  it('shows the evidence of the volume rule', () => {
    expect(
      assessCodeLeak({ redemptions: 10, couponSiteRedemptions: 0, clicks: 100, campaignConversionRate: 0.03 }),
    ).toMatchObject({
      reason: '10 code redemptions; her 100 clicks explain about 3 (more than 2× that)',
      evidence: { explained_by_clicks: 3, coupon_site_share: 0 },
    });
  });
});
