// What a brand's own history says about prices and returns: the closed deals that recalibrate the
// fair price, the average order value behind expected ROAS, and the creators already in its
// pipeline (enrolled in any of its campaigns).
import { calibrateOnDeals, type Calibration, type ClosedDeal } from '../../core/discovery/pricing/calibrate-on-deals.ts';
import { DEFAULT_AVERAGE_ORDER_USD, DEFAULT_FUNNEL, type FunnelRates } from '../../core/discovery/pricing/expected-roas.ts';
import { AppError } from '../../core/app-error.ts';
import { toMinor } from '../../core/money/minor-units.ts';
import type { DB } from '../../storage/connect.ts';

/** Fewer orders than this say too little about a brand's basket. */
export const MIN_ORDERS_FOR_AOV = 10;

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
  const enrolled = await db.selectFrom('enrollments').innerJoin('campaigns', 'campaigns.id', 'enrollments.campaign_id')
    .leftJoin('account_metrics', 'account_metrics.account_id', 'enrollments.account_id')
    .select(['enrollments.account_id', 'enrollments.fee_minor', 'campaigns.currency', 'account_metrics.price_post_mid_usd'])
    .where('enrollments.workspace_id', '=', workspaceId).execute();
  const deals: ClosedDeal[] = [];
  for (const e of enrolled) {
    if (e.fee_minor <= 0 || e.price_post_mid_usd === null) continue;
    // A deal in a currency without a rate cannot be compared with the formula: it is left out.
    const rate = await usdRateFor(e.currency).catch((error: unknown) => (error instanceof AppError ? null : Promise.reject(error)));
    if (rate !== null) deals.push({ fee: e.fee_minor, formulaMid: toMinor(e.price_post_mid_usd * rate, e.currency) });
  }
  const orders = await db.selectFrom('orders').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.avg<number>('subtotal_minor').as('avg')])
    .where('workspace_id', '=', workspaceId).where('currency', '=', currency).where('cancelled_at', 'is', null).executeTakeFirstOrThrow();
  const usdRate = await usdRateFor(currency);
  const own = Number(orders.n) >= MIN_ORDERS_FOR_AOV && orders.avg !== null;
  return {
    calibration: calibrateOnDeals(deals),
    funnel: {
      ...DEFAULT_FUNNEL,
      averageOrderValue: own ? Math.round(Number(orders.avg)) : toMinor(DEFAULT_AVERAGE_ORDER_USD * usdRate, currency),
      source: own ? 'campaign_history' : 'defaults',
    },
    pipelineAccounts: [...new Set(enrolled.map((e) => e.account_id))],
  };
}
