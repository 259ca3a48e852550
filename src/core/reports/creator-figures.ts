// Sums one creator's orders into the figures of the report, in the reporting currency.
// Per order: net revenue (core/attribution/net-revenue.ts), the commission the ledger booked on it (in the
// order currency, then converted; the ledger computes it with core/money/commission.ts when the order
// changes, so report and ledger agree to the minor unit), cost of goods and payment fees for contribution margin.
import { isAgreed } from '../shared/deal-status.ts';
import { netRevenue } from '../attribution/net-revenue.ts';
import type { Converter } from '../money/rate-table.ts';
import { roundDiv } from '../shared/round.ts';
import type { ReportEnrollment, ReportInput, ReportOrder } from './report-input.ts';

export interface Sums {
  clicks: number;
  orders: number;
  firstOrders: number;
  repeatOrders: number;
  newCustomers: number;
  returningCustomers: number;
  cancelledOrders: number;
  grossMinor: number;
  refundsMinor: number;
  netMinor: number;
  feeMinor: number;
  giftedMinor: number;
  shippingMinor: number;
  otherMinor: number;
  commissionMinor: number;
  /** Gift orders whose product cost or shipping is unknown (not counted as 0: shown as unknown). */
  unknownGiftCosts: number;
  /** null when cost of goods is unknown for some revenue. */
  cogsMinor: number | null;
  paymentFeesMinor: number;
  impressions: number | null;
  engagements: number | null;
  byRule: { known_customer: number; discount_code: number; click: number };
  flags: { self_referral: number; coupon_site: number };
  /** Code orders whose referrer is a coupon site (evidence for the code-leak rule). */
  couponSiteCodeOrders: number;
}

export const emptySums = (): Sums => ({
  clicks: 0,
  orders: 0,
  firstOrders: 0,
  repeatOrders: 0,
  newCustomers: 0,
  returningCustomers: 0,
  cancelledOrders: 0,
  grossMinor: 0,
  refundsMinor: 0,
  netMinor: 0,
  feeMinor: 0,
  giftedMinor: 0,
  shippingMinor: 0,
  otherMinor: 0,
  commissionMinor: 0,
  unknownGiftCosts: 0,
  cogsMinor: 0,
  paymentFeesMinor: 0,
  impressions: 0,
  engagements: 0,
  byRule: { known_customer: 0, discount_code: 0, click: 0 },
  flags: { self_referral: 0, coupon_site: 0 },
  couponSiteCodeOrders: 0,
});

export function creatorFigures(
  e: ReportEnrollment,
  orders: ReportOrder[],
  input: ReportInput,
  convert: Converter,
): Sums {
  const s = emptySums();
  const cur = input.campaign.currency;
  s.clicks = input.clicks.get(e.enrollmentId) ?? 0;
  s.feeMinor = isAgreed(e.dealStatus) ? convert(e.feeMinor, cur) : 0;
  s.giftedMinor = convert(e.giftedMinor, cur);
  s.shippingMinor = convert(e.shippingMinor, cur);
  s.otherMinor = convert(e.otherCostMinor, cur);
  for (const g of e.gifts ?? []) {
    if (g.costMinor !== null) s.giftedMinor += convert(g.costMinor, g.currency);
    if (g.shippingMinor !== null) s.shippingMinor += convert(g.shippingMinor, g.currency);
    if (g.costMinor === null || g.shippingMinor === null) s.unknownGiftCosts += 1;
  }
  s.impressions = e.impressions;
  s.engagements = e.engagements;
  for (const o of orders) {
    if (o.cancelled) {
      s.cancelledOrders += 1;
      continue;
    }
    const revenue = netRevenue({ subtotalMinor: o.subtotalMinor, refundsMinor: o.refundsMinor, cancelled: false });
    s.orders += 1;
    if (o.isRepeat) s.repeatOrders += 1;
    else s.firstOrders += 1;
    if (o.isNewCustomer === true) s.newCustomers += 1;
    if (o.isNewCustomer === false) s.returningCustomers += 1;
    s.byRule[o.rule] += 1;
    // Attributions stored before the code-leak rule moved to the report may still say "code_leak": ignored.
    for (const f of o.flags) if (f === 'self_referral' || f === 'coupon_site') s.flags[f] += 1;
    if (o.rule === 'discount_code' && o.flags.includes('coupon_site')) s.couponSiteCodeOrders += 1;
    s.grossMinor += convert(revenue.grossMinor, o.currency);
    s.refundsMinor += convert(revenue.refundsMinor, o.currency);
    s.netMinor += convert(revenue.netMinor, o.currency);
    s.commissionMinor += convert(o.commissionMinor, o.currency);
    const cogs = orderCogs(o, revenue, input.campaign.cogsBps);
    s.cogsMinor = s.cogsMinor === null || cogs === null ? null : s.cogsMinor + convert(cogs, o.currency);
    s.paymentFeesMinor += convert(orderPaymentFees(o, input.campaign), o.currency);
  }
  return s;
}

/** Cost of goods of the revenue kept: the order's own figure scaled by net/gross, else the campaign's rate; null when unknown. */
function orderCogs(o: ReportOrder, r: { grossMinor: number; netMinor: number }, cogsBps: number | null): number | null {
  if (o.cogsMinor !== null) return r.grossMinor === 0 ? 0 : roundDiv(o.cogsMinor * r.netMinor, r.grossMinor);
  return cogsBps === null ? null : roundDiv(r.netMinor * cogsBps, 10_000);
}

/** The order's payment fees, else the campaign's rate on the order total plus its fixed fee; 0 when neither is known. */
function orderPaymentFees(o: ReportOrder, c: ReportInput['campaign']): number {
  if (o.paymentFeesMinor !== null) return o.paymentFeesMinor;
  return (
    (c.paymentFeeBps === null ? 0 : roundDiv(o.totalMinor * c.paymentFeeBps, 10_000)) + (c.paymentFeeFixedMinor ?? 0)
  );
}

/** Adds b into a (totals); an unknown cost of goods or reach anywhere makes the total unknown. */
export function addSums(a: Sums, b: Sums): Sums {
  const add = (x: number | null, y: number | null) => (x === null || y === null ? null : x + y);
  return {
    clicks: a.clicks + b.clicks,
    orders: a.orders + b.orders,
    firstOrders: a.firstOrders + b.firstOrders,
    repeatOrders: a.repeatOrders + b.repeatOrders,
    newCustomers: a.newCustomers + b.newCustomers,
    returningCustomers: a.returningCustomers + b.returningCustomers,
    cancelledOrders: a.cancelledOrders + b.cancelledOrders,
    grossMinor: a.grossMinor + b.grossMinor,
    refundsMinor: a.refundsMinor + b.refundsMinor,
    netMinor: a.netMinor + b.netMinor,
    feeMinor: a.feeMinor + b.feeMinor,
    giftedMinor: a.giftedMinor + b.giftedMinor,
    shippingMinor: a.shippingMinor + b.shippingMinor,
    otherMinor: a.otherMinor + b.otherMinor,
    commissionMinor: a.commissionMinor + b.commissionMinor,
    unknownGiftCosts: a.unknownGiftCosts + b.unknownGiftCosts,
    cogsMinor: add(a.cogsMinor, b.cogsMinor),
    paymentFeesMinor: a.paymentFeesMinor + b.paymentFeesMinor,
    impressions: add(a.impressions, b.impressions),
    engagements: add(a.engagements, b.engagements),
    byRule: {
      known_customer: a.byRule.known_customer + b.byRule.known_customer,
      discount_code: a.byRule.discount_code + b.byRule.discount_code,
      click: a.byRule.click + b.byRule.click,
    },
    flags: {
      self_referral: a.flags.self_referral + b.flags.self_referral,
      coupon_site: a.flags.coupon_site + b.flags.coupon_site,
    },
    couponSiteCodeOrders: a.couponSiteCodeOrders + b.couponSiteCodeOrders,
  };
}
