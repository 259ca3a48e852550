// What a brand's own history says about prices and returns: the agreed deals that recalibrate the
// fair price, the average order value behind expected ROAS, and the creators already in its
// pipeline (enrolled in any of its campaigns).
import {
  calibrateOnDeals,
  type Calibration,
  type ClosedDeal,
} from '../../core/discovery/pricing/calibrate-on-deals.ts';
import {
  DEFAULT_AVERAGE_ORDER_USD,
  DEFAULT_CLICK_THROUGH,
  DEFAULT_CONVERSION,
  type FunnelRates,
} from '../../core/discovery/pricing/expected-roas.ts';
import { AppError } from '../../core/app-error.ts';
import { isAgreed } from '../../core/shared/deal-status.ts';
import { toMinor } from '../../core/shared/minor-units.ts';
import type { DB } from '../../storage/connect.ts';
import { precompiled } from '../../storage/precompiled-query.ts';

/** Fewer orders than this say too little about a brand's basket. */
export const MIN_ORDERS_FOR_AOV = 10;
/** The brand's own click → order conversion replaces the default from this many tracked clicks (and 10 orders). */
export const MIN_CLICKS_FOR_CONVERSION = 500;

export interface PricingContext {
  calibration: Calibration;
  funnel: FunnelRates;
  pipelineAccounts: number[];
}

export async function loadPricingContext(
  db: DB,
  workspaceId: number,
  currency: string,
  usdRateFor: (currency: string) => Promise<number>,
): Promise<PricingContext> {
  const { calibration, pipelineAccounts } = await loadDeals(db, workspaceId, usdRateFor);
  return { calibration, funnel: await loadFunnel(db, workspaceId, currency, usdRateFor), pipelineAccounts };
}

/**
 * The calibration on the brand's agreed deals and the accounts in its pipeline: what a scan needs
 * (cost efficiency is priced with the calibration; exclude_pipeline filters on the pipeline).
 */
export async function loadDeals(
  db: DB,
  workspaceId: number,
  usdRateFor: (currency: string) => Promise<number>,
): Promise<Omit<PricingContext, 'funnel'>> {
  const { rows: enrolled } = await enrolledDeals(db, { workspaceId });
  // One rate lookup per currency, not per deal.
  const rates = new Map<string, Promise<number | null>>();
  const rateOf = (c: string) => {
    let rate = rates.get(c);
    if (!rate) {
      // A deal in a currency without a rate cannot be compared with the formula: it is left out.
      rate = usdRateFor(c).catch((error: unknown) => (error instanceof AppError ? null : Promise.reject(error)));
      rates.set(c, rate);
    }
    return rate;
  };
  const deals: ClosedDeal[] = [];
  for (const e of enrolled) {
    // Only agreed deals are prices the brand paid: a proposal with a pre-filled fee says nothing.
    if (!isAgreed(e.deal_status) || e.fee_minor <= 0 || e.price_post_mid_usd === null) continue;
    const rate = await rateOf(e.currency);
    if (rate !== null) deals.push({ fee: e.fee_minor, formulaMid: toMinor(e.price_post_mid_usd * rate, e.currency) });
  }
  return { calibration: calibrateOnDeals(deals), pipelineAccounts: [...new Set(enrolled.map((e) => e.account_id))] };
}

/** The funnel behind expected ROAS: the brand's own conversion and basket once it has enough history. */
export async function loadFunnel(
  db: DB,
  workspaceId: number,
  currency: string,
  usdRateFor: (currency: string) => Promise<number>,
): Promise<FunnelRates> {
  const history = await loadBrandHistory(db, workspaceId, currency);
  const usdRate = await usdRateFor(currency);
  const own = history.orders >= MIN_ORDERS_FOR_AOV && history.averageOrder !== null;
  const conversion = ownConversion(history.clicks, history.clickOrders);
  return {
    clickThrough: DEFAULT_CLICK_THROUGH,
    conversion: conversion ?? DEFAULT_CONVERSION,
    averageOrderValue: own
      ? Math.round(Number(history.averageOrder))
      : toMinor(DEFAULT_AVERAGE_ORDER_USD * usdRate, currency),
    // Views of a post are not measured, so click-through stays a public benchmark.
    sources: {
      click_through: 'default',
      conversion: conversion ? 'brand_history' : 'default',
      average_order_value: own ? 'brand_history' : 'default',
    },
  };
}

/** Every enrollment of the brand with its fee, deal status and the formula's mid price: compiled once. */
const enrolledDeals = precompiled((db, args: { workspaceId: number }) =>
  db
    .selectFrom('enrollments')
    .innerJoin('campaigns', 'campaigns.id', 'enrollments.campaign_id')
    .leftJoin('account_metrics', 'account_metrics.account_id', 'enrollments.account_id')
    .select([
      'enrollments.account_id',
      'enrollments.fee_minor',
      'enrollments.deal_status',
      'campaigns.currency',
      'account_metrics.price_post_mid_usd',
    ])
    .where('enrollments.workspace_id', '=', args.workspaceId)
    // The same rows (an enrollment belongs to its campaign's workspace), said so the planner can start
    // from the workspace's campaigns (indexed) instead of scanning every workspace's enrollments.
    .where('campaigns.workspace_id', '=', args.workspaceId),
);

/**
 * The brand's orders in `currency` (count, average subtotal), its tracked clicks and the orders a click
 * attributed, in one statement compiled once: discovery runs it for every brief.
 */
const brandHistory = precompiled((db, args: { workspaceId: number; currency: string }) =>
  db.selectNoFrom((eb) => [
    eb
      .selectFrom('orders')
      .select((o) => o.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', args.workspaceId)
      .where('currency', '=', args.currency)
      .where('cancelled_at', 'is', null)
      .as('orders'),
    eb
      .selectFrom('orders')
      .select((o) => o.fn.avg<number>('subtotal_minor').as('avg'))
      .where('workspace_id', '=', args.workspaceId)
      .where('currency', '=', args.currency)
      .where('cancelled_at', 'is', null)
      .as('average_order'),
    eb
      .selectFrom('clicks')
      .select((c) => c.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', args.workspaceId)
      .as('clicks'),
    eb
      .selectFrom('attributions')
      .select((a) => a.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', args.workspaceId)
      .where('rule', '=', 'click')
      // The same rows (an attribution is its order's workspace's), said so the planner reaches them through
      // the workspace's orders (indexed) instead of scanning every workspace's attributions.
      .where('order_id', 'in', (o) => o.selectFrom('orders').select('id').where('workspace_id', '=', args.workspaceId))
      .as('click_orders'),
  ]),
);

async function loadBrandHistory(db: DB, workspaceId: number, currency: string) {
  const { rows } = await brandHistory(db, { workspaceId, currency });
  const row = rows[0]!;
  return {
    orders: Number(row.orders),
    averageOrder: row.average_order,
    clicks: Number(row.clicks),
    clickOrders: Number(row.click_orders),
  };
}

/** Orders attributed by a click / counted clicks over the brand's campaigns, when there are enough of both. */
function ownConversion(clicks: number, bought: number): { low: number; high: number } | null {
  if (clicks < MIN_CLICKS_FOR_CONVERSION || bought < MIN_ORDERS_FOR_AOV) return null;
  return { low: bought / clicks, high: bought / clicks };
}
