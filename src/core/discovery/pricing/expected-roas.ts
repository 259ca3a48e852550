// Expected ROAS before hiring: (expected views × click-through × conversion × average order value)
// / price. Bands, not a point: the low end multiplies the low rates, the high end the high rates.
// A brand's own campaign history replaces the default rates when it has one.

export interface FunnelRates {
  clickThrough: { low: number; high: number };
  conversion: { low: number; high: number };
  /** Average order value in minor units of the price's currency. */
  averageOrderValue: number;
  source: 'defaults' | 'campaign_history';
}

/** Public benchmarks for creator posts: 0.3–1.0 % of viewers click, 1–3 % of clicks buy. */
export const DEFAULT_FUNNEL: Omit<FunnelRates, 'averageOrderValue'> = {
  clickThrough: { low: 0.003, high: 0.01 }, conversion: { low: 0.01, high: 0.03 }, source: 'defaults',
};

export interface ExpectedRoas {
  low: number | null;
  high: number | null;
  inputs: { expected_views: number; price: number; click_through: { low: number; high: number }; conversion: { low: number; high: number }; average_order_value: number; source: FunnelRates['source'] };
}

/** null bounds when the price is zero (a ratio with a zero denominator is n/a). */
export function expectedRoas(expectedViews: number, price: number, rates: FunnelRates): ExpectedRoas {
  const revenue = (ct: number, cv: number) => expectedViews * ct * cv * rates.averageOrderValue;
  return {
    low: price > 0 ? revenue(rates.clickThrough.low, rates.conversion.low) / price : null,
    high: price > 0 ? revenue(rates.clickThrough.high, rates.conversion.high) / price : null,
    inputs: { expected_views: expectedViews, price, click_through: rates.clickThrough, conversion: rates.conversion, average_order_value: rates.averageOrderValue, source: rates.source },
  };
}
