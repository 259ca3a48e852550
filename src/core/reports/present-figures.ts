// Sums → the report's figures with every ratio (PRODUCT.md "Spend, ROAS"): computed once here, null
// for a zero or unknown denominator. Ratios are rounded to 2 decimals, money-per-unit to the minor
// unit, both half away from zero.
import { moneyPer, ratio, round2 } from '../money/ratio.ts';
import type { Sums } from './creator-figures.ts';

export function presentFigures(s: Sums) {
  const spend = s.feeMinor + s.giftedMinor + s.shippingMinor + s.otherMinor + s.commissionMinor;
  const margin = s.cogsMinor === null ? null : s.netMinor - s.cogsMinor - s.paymentFeesMinor;
  return {
    clicks: s.clicks,
    orders: {
      attributed: s.orders,
      first: s.firstOrders,
      repeat: s.repeatOrders,
      new_customers: s.newCustomers,
      returning_customers: s.returningCustomers,
      cancelled: s.cancelledOrders,
    },
    revenue: { gross_minor: s.grossMinor, refunds_minor: s.refundsMinor, net_minor: s.netMinor },
    spend: {
      fee_minor: s.feeMinor,
      gifted_minor: s.giftedMinor,
      shipping_minor: s.shippingMinor,
      other_minor: s.otherMinor,
      commission_minor: s.commissionMinor,
      total_minor: spend,
      unknown_gift_costs: s.unknownGiftCosts,
    },
    cogs_minor: s.cogsMinor,
    payment_fees_minor: s.paymentFeesMinor,
    impressions: s.impressions,
    engagements: s.engagements,
    /** net revenue / spend */
    roas: round2(ratio(s.netMinor, spend)),
    /** (net revenue − cost of goods − payment fees) / spend; null when cost of goods is unknown */
    cm_roas: round2(ratio(margin, spend)),
    cpa_minor: moneyPer(spend, s.orders),
    cpm_minor: moneyPer(spend, s.impressions, 1000),
    cpe_minor: moneyPer(spend, s.engagements),
    conversion_rate: round2(ratio(s.orders * 100, s.clicks)),
    by_rule: s.byRule,
    flags: s.flags,
  };
}

export type Figures = ReturnType<typeof presentFigures>;
