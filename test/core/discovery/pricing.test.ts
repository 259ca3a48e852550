import { describe, expect, it } from 'vitest';
import { calibrateOnDeals } from '../../../src/core/discovery/pricing/calibrate-on-deals.ts';
import { expectedRoas } from '../../../src/core/discovery/pricing/expected-roas.ts';
import { fairPrice, type PriceInputs } from '../../../src/core/discovery/pricing/fair-price.ts';

const inputs = (extra: Partial<PriceInputs> = {}): PriceInputs => ({
  platform: 'instagram',
  followers: 30_000,
  tier: 'micro',
  medianViews: null,
  engagementPercentile: 50,
  sponsoredShare: 0,
  usdRate: 1,
  currency: 'USD',
  calibration: 1,
  ...extra,
});

describe('fairPrice = expected views × CPM × engagement factor × fatigue factor (minor units, half up)', () => {
  it.each([
    // 30,000 × 0.25 reach = 7,500 views; CPM $6–$14; ef 0.8 + 0.4·0.5 = 1; ff 1 → $45.00–$105.00
    ['micro post from followers', 'post', inputs(), 4_500, 10_500, 7_500],
    ['own views beat the reach factor', 'reel', inputs({ medianViews: 12_000 }), 8_400, 19_200, 12_000],
    ['story reach is 35 % of a post', 'story', inputs(), 1_050, 2_363, 2_625],
    ['top engagement: ef 1.2', 'post', inputs({ engagementPercentile: 100 }), 5_400, 12_600, 7_500],
    ['50 % sponsored: ff 0.7', 'post', inputs({ sponsoredShare: 0.5 }), 3_150, 7_350, 7_500],
    ['GBP at 0.8 per USD', 'post', inputs({ usdRate: 0.8, currency: 'GBP' }), 3_600, 8_400, 7_500],
    // ¥150 per dollar: $45–$105 is ¥6,750–¥15,750 (JPY has no minor unit: not 675,000 "sen")
    ['JPY at 150 per USD', 'post', inputs({ usdRate: 150, currency: 'JPY' }), 6_750, 15_750, 7_500],
    // KWD has 3 decimals: $45 at 0.307 = 13.815 KWD = 13,815 fils
    ['KWD at 0.307 per USD', 'post', inputs({ usdRate: 0.307, currency: 'KWD' }), 13_815, 32_235, 7_500],
    // 7,499 views × $6 / 1000 = $44.994 → 4,499.4 cents → 4,499; $104.986 → 10,498.6 → 10,499 (rounded, not cut)
    ['rounded half away, not truncated', 'post', inputs({ followers: 29_996 }), 4_499, 10_499, 7_499],
    ['recalibrated ×1.5', 'post', inputs({ calibration: 1.5 }), 6_750, 15_750, 7_500],
    ['zero followers', 'post', inputs({ followers: 0 }), 0, 0, 0],
  ] as const)('%s', (_label, deliverable, p, low, high, views) => {
    const price = fairPrice(deliverable, p);
    expect(price.low).toBe(low);
    expect(price.high).toBe(high);
    expect(price.inputs.expected_views).toBe(views);
  });
});

describe('calibrateOnDeals', () => {
  it('needs five deals', () => {
    expect(calibrateOnDeals(Array.from({ length: 4 }, () => ({ fee: 200, formulaMid: 100 })))).toMatchObject({
      factor: 1,
      deals: 4,
    });
  });
  it('takes the median fee / formula ratio', () => {
    const c = calibrateOnDeals([1, 1.2, 1.5, 2, 9].map((r) => ({ fee: 100 * r, formulaMid: 100 })));
    expect(c.factor).toBeCloseTo(1.5, 10);
    expect(c.note).toBe('recalibrated on 5 closed deals (×1.50)');
  });
});

const sources = { click_through: 'default', conversion: 'brand_history', average_order_value: 'default' } as const;

describe('expectedRoas', () => {
  it('lists the inputs that are assumptions', () => {
    const r = expectedRoas(10_000, 3_000, {
      clickThrough: { low: 0.003, high: 0.01 },
      conversion: { low: 0.01, high: 0.03 },
      averageOrderValue: 5_000,
      sources,
    });
    expect(r.inputs.assumptions).toEqual(['click_through', 'average_order_value']);
  });
  it('multiplies the funnel and divides by the price', () => {
    // 10,000 views × 0.3 % × 1 % × £50 = £15 on £30 → 0.5; high 10,000 × 1 % × 3 % × £50 = £150 → 5
    const r = expectedRoas(10_000, 3_000, {
      clickThrough: { low: 0.003, high: 0.01 },
      conversion: { low: 0.01, high: 0.03 },
      averageOrderValue: 5_000,
      sources,
    });
    expect(r.low).toBeCloseTo(0.5, 10);
    expect(r.high).toBeCloseTo(5, 10);
  });
  it('is n/a for a zero price', () => {
    expect(
      expectedRoas(10_000, 0, {
        clickThrough: { low: 0.003, high: 0.01 },
        conversion: { low: 0.01, high: 0.03 },
        averageOrderValue: 5_000,
        sources,
      }),
    ).toMatchObject({ low: null, high: null });
  });
});
