import { describe, expect, it } from 'vitest';
import { couponSiteInLanding, couponSiteOf } from '../../../src/core/attribution/coupon-sites.ts';
import { detectFlags } from '../../../src/core/attribution/detect-flags.ts';

describe('coupon sites, by referrer or landing URL (one list)', () => {
  it.each([
    ['https://shop.example/?utm_source=retailmenot', 'retailmenot.com'],
    ['https://shop.example/p?utm_source=RetailMeNot&utm_medium=coupon', 'retailmenot.com'],
    ['https://shop.example/?ref=www.couponfollow.com', 'couponfollow.com'],
    ['shop.example/?aff=honey&source=joinhoney.com', 'joinhoney.com'],
    ['https://deals.slickdeals.net/shop', 'slickdeals.net'],
  ])('%s → %s', (landing, site) => expect(couponSiteInLanding(landing)).toBe(site));

  it.each([
    ['https://shop.example/?utm_source=instagram'],
    ['https://shop.example/?utm_source=notretailmenot'],
    ['https://shop.example/retailmenot'],
    ['not a url at all %%%'],
    [null],
  ])('%s → none', (landing) => expect(couponSiteInLanding(landing)).toBeUndefined());

  it('flags an order by its landing URL when the referrer says nothing', () => {
    const flags = detectFlags({
      rule: 'discount_code',
      enrollmentId: 1,
      rules: { campaignId: 1, windowDays: 30, model: 'last_click' },
      order: {
        placedAt: '2026-03-01T00:00:00Z',
        referrer: null,
        landingUrl: 'https://shop.example/?utm_source=vouchercodes',
        emailHash: null,
        addressHash: null,
      },
      clicks: [],
      self: undefined,
    });
    expect(flags).toEqual([{ kind: 'coupon_site', reason: 'landing URL names the coupon site vouchercodes.co.uk' }]);
    expect(couponSiteOf('https://www.vouchercodes.co.uk/x')).toBe('vouchercodes.co.uk');
  });
});
