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
  const enrolled = await db
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
    .where('enrollments.workspace_id', '=', workspaceId)
    .execute();
  const deals: ClosedDeal[] = [];
  for (const e of enrolled) {
    // Only agreed deals are prices the brand paid: a proposal with a pre-filled fee says nothing.
    if (!isAgreed(e.deal_status) || e.fee_minor <= 0 || e.price_post_mid_usd === null) continue;
    // A deal in a currency without a rate cannot be compared with the formula: it is left out.
    const rate = await usdRateFor(e.currency).catch((error: unknown) =>
      error instanceof AppError ? null : Promise.reject(error),
    );
    if (rate !== null) deals.push({ fee: e.fee_minor, formulaMid: toMinor(e.price_post_mid_usd * rate, e.currency) });
  }
  const orders = await db
    .selectFrom('orders')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.avg<number>('subtotal_minor').as('avg')])
    .where('workspace_id', '=', workspaceId)
    .where('currency', '=', currency)
    .where('cancelled_at', 'is', null)
    .executeTakeFirstOrThrow();
  const usdRate = await usdRateFor(currency);
  const own = Number(orders.n) >= MIN_ORDERS_FOR_AOV && orders.avg !== null;
  const conversion = await ownConversion(db, workspaceId);
  return {
    calibration: calibrateOnDeals(deals),
    funnel: {
      clickThrough: DEFAULT_CLICK_THROUGH,
      conversion: conversion ?? DEFAULT_CONVERSION,
      averageOrderValue: own ? Math.round(Number(orders.avg)) : toMinor(DEFAULT_AVERAGE_ORDER_USD * usdRate, currency),
      // Views of a post are not measured, so click-through stays a public benchmark.
      sources: {
        click_through: 'default',
        conversion: conversion ? 'brand_history' : 'default',
        average_order_value: own ? 'brand_history' : 'default',
      },
    },
    pipelineAccounts: [...new Set(enrolled.map((e) => e.account_id))],
  };
}

/** Orders attributed by a click / counted clicks over the brand's campaigns, when there are enough of both. */
async function ownConversion(db: DB, workspaceId: number): Promise<{ low: number; high: number } | null> {
  const clicks = await db
    .selectFrom('clicks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const orders = await db
    .selectFrom('attributions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('rule', '=', 'click')
    .executeTakeFirstOrThrow();
  const n = Number(clicks.n);
  const bought = Number(orders.n);
  if (n < MIN_CLICKS_FOR_CONVERSION || bought < MIN_ORDERS_FOR_AOV) return null;
  return { low: bought / n, high: bought / n };
}
