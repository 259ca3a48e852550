// Expected ROAS before hiring: (expected views × click-through × conversion × average order value)
// / price. Bands, not a point: the low end multiplies the low rates, the high end the high rates.
// Each funnel input says where it comes from; the ones taken from public defaults are listed as
// assumptions, and a brand's own history replaces a default as soon as it has enough of it.

export type InputSource = 'default' | 'brand_history';
export type FunnelInput = 'click_through' | 'conversion' | 'average_order_value';

export interface FunnelRates {
  clickThrough: { low: number; high: number };
  conversion: { low: number; high: number };
  /** Average order value in minor units of the price's currency. */
  averageOrderValue: number;
  sources: Record<FunnelInput, InputSource>;
}

/**
 * Public benchmarks for creator posts with a personal link and discount code: 0.5–2 % of viewers
 * click, 1.5–4 % of clicks buy. A brand's own history replaces them when it has one.
 */
export const DEFAULT_CLICK_THROUGH = { low: 0.005, high: 0.02 };
export const DEFAULT_CONVERSION = { low: 0.015, high: 0.04 };
/** Average order value (US dollars) when the brand has too few orders. */
export const DEFAULT_AVERAGE_ORDER_USD = 60;

export interface ExpectedRoas {
  low: number | null;
  high: number | null;
  inputs: {
    expected_views: number;
    price: number;
    click_through: { low: number; high: number };
    conversion: { low: number; high: number };
    average_order_value: number;
    sources: Record<FunnelInput, InputSource>;
    /** The inputs taken from public defaults rather than the brand's own data. */
    assumptions: FunnelInput[];
  };
}

/** null bounds when the price is zero (a ratio with a zero denominator is n/a). */
export function expectedRoas(expectedViews: number, price: number, rates: FunnelRates): ExpectedRoas {
  const revenue = (ct: number, cv: number) => expectedViews * ct * cv * rates.averageOrderValue;
  return {
    low: price > 0 ? revenue(rates.clickThrough.low, rates.conversion.low) / price : null,
    high: price > 0 ? revenue(rates.clickThrough.high, rates.conversion.high) / price : null,
    inputs: {
      expected_views: expectedViews,
      price,
      click_through: rates.clickThrough,
      conversion: rates.conversion,
      average_order_value: rates.averageOrderValue,
      sources: rates.sources,
      assumptions: (Object.keys(rates.sources) as FunnelInput[]).filter((k) => rates.sources[k] === 'default'),
    },
  };
}
