// A campaign's report: per creator and in total, plus a comparison by tier. Pure: plain rows in,
// plain data out; every amount is in the reporting (workspace) currency, minor units.
import { tierOf, type TierName } from '../creators/tiers.ts';
import { converterTo } from '../money/rate-table.ts';
import { ratio } from '../money/ratio.ts';
import { assessCodeLeak, COUPON_SITE_SHARE, LEAK_MULTIPLE, MIN_REDEMPTIONS } from './code-leak.ts';
import { addSums, creatorFigures, emptySums, type Sums } from './creator-figures.ts';
import { presentFigures } from './present-figures.ts';
import type { ReportInput } from './report-input.ts';

export const REPORT_NOTES = {
  revenue:
    'Attributed revenue = order subtotal after discounts, excluding tax and shipping, minus refunds; cancelled orders count 0.',
  spend:
    'Spend = agreed fee (once the deal is agreed) + gifted product + shipping + other costs + commission earned on net revenue.',
  code_leak: `Code leak suspected (per creator): at least ${MIN_REDEMPTIONS} code redemptions and more than ${LEAK_MULTIPLE} × her clicks × the campaign's conversion rate, or ${COUPON_SITE_SHARE * 100} % or more of them from coupon sites. A code used without a click is normal.`,
  rounding:
    'Amounts are integer minor units. Conversions, commission, CPA, CPM and CPE round half away from zero to the minor unit; ROAS ratios to 2 decimals. A zero denominator gives null (n/a).',
  conversion: 'Amounts in other currencies are converted with the workspace rates table, per amount, before summing.',
};

export function campaignReport(input: ReportInput) {
  const convert = converterTo(input.reportCurrency, input.rates);
  const ordersBy = new Map<number, ReportInput['orders']>();
  for (const o of input.orders) ordersBy.set(o.enrollmentId, [...(ordersBy.get(o.enrollmentId) ?? []), o]);

  const sumsOf = input.enrollments.map((e) => creatorFigures(e, ordersBy.get(e.enrollmentId) ?? [], input, convert));
  const total = sumsOf.reduce((t, s) => addSums(t, s), emptySums());
  const campaignConversionRate = ratio(total.orders, total.clicks);
  const creators = input.enrollments.map((e, i) => {
    const sums = sumsOf[i]!;
    return {
      sums,
      row: {
        enrollment_id: e.enrollmentId,
        creator: {
          id: e.creatorId,
          name: e.creatorName,
          platform: e.platform,
          handle: e.handle,
          followers: e.followers,
          tier: tierOf(e.followers),
        },
        commission_bps: e.commissionBps,
        deal_status: e.dealStatus,
        ...presentFigures(sums),
        code_leak: assessCodeLeak({
          redemptions: sums.byRule.discount_code,
          couponSiteRedemptions: sums.couponSiteCodeOrders,
          clicks: sums.clicks,
          campaignConversionRate,
        }),
      },
    };
  });

  const byTier = new Map<TierName | 'unknown', Sums>();
  const groups = { micro: emptySums(), larger: emptySums() };
  let microCount = 0;
  let largerCount = 0;
  for (const c of creators) {
    const tier = c.row.creator.tier ?? 'unknown';
    byTier.set(tier, addSums(byTier.get(tier) ?? emptySums(), c.sums));
    if (tier === 'micro') {
      groups.micro = addSums(groups.micro, c.sums);
      microCount += 1;
    }
    if (tier === 'mid' || tier === 'macro' || tier === 'mega') {
      groups.larger = addSums(groups.larger, c.sums);
      largerCount += 1;
    }
  }
  const tierRow = (sums: Sums, creatorsCount: number) => {
    const f = presentFigures(sums);
    return {
      creators: creatorsCount,
      spend_minor: f.spend.total_minor,
      net_revenue_minor: f.revenue.net_minor,
      orders: f.orders.attributed,
      roas: f.roas,
      cm_roas: f.cm_roas,
      cpa_minor: f.cpa_minor,
    };
  };

  return {
    campaign: {
      id: input.campaign.id,
      name: input.campaign.name,
      starts_on: input.campaign.startsOn,
      ends_on: input.campaign.endsOn,
      window_days: input.campaign.windowDays,
      model: input.campaign.model,
      currency: input.campaign.currency,
    },
    currency: input.reportCurrency,
    creators: creators.map((c) => c.row),
    total: presentFigures(total),
    tiers: {
      by_tier: [...byTier.entries()].map(([tier, sums]) => ({
        tier,
        ...tierRow(sums, creators.filter((c) => (c.row.creator.tier ?? 'unknown') === tier).length),
      })),
      micro_vs_larger: { micro: tierRow(groups.micro, microCount), larger: tierRow(groups.larger, largerCount) },
    },
    notes: REPORT_NOTES,
  };
}

export type CampaignReport = ReturnType<typeof campaignReport>;
