// The fair price range of one account's deliverables in a workspace's currency, with every input
// (PRODUCT.md "Fair price range"), from the account's derived metrics. Without a USD rate for the
// workspace currency the prices are unavailable (with the reason), not guessed.
import { AppError } from '../../core/app-error.ts';
import { DISCOVERY_FORMULAS } from '../../core/shared/discovery-formulas.ts';
import type { TierName } from '../../core/creators/tiers.ts';
import { DELIVERABLES_BY_PLATFORM, fairPrice, type PriceRange } from '../../core/discovery/pricing/fair-price.ts';
import type { DB } from '../../storage/connect.ts';
import { usdRateFor } from '../currency/usd-rate-for.ts';
import { loadPricingContext } from '../discovery/load-pricing-context.ts';

export interface AccountPrice {
  currency: string;
  deliverables: PriceRange[];
  calibration: { factor: number; deals: number; note: string };
  formula: string;
  /** Why there are no prices (no metrics yet, no currency rate); absent when there are. */
  reason?: string;
}

export const PRICE_FORMULA = DISCOVERY_FORMULAS.fair_price;

export async function priceAccount(
  db: DB,
  accountId: number,
  workspace: { id: number; currency: string },
): Promise<AccountPrice> {
  const base = {
    currency: workspace.currency,
    deliverables: [],
    calibration: { factor: 1, deals: 0, note: 'formula prices (no closed deals yet)' },
    formula: PRICE_FORMULA,
  };
  const m = await db
    .selectFrom('account_metrics')
    .select(['platform', 'followers', 'tier', 'median_views', 'er_percentile', 'sponsored_share_90d'])
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (!m) return { ...base, reason: 'the account has no derived metrics yet (they are computed after an import)' };
  let usdRate: number;
  try {
    usdRate = await usdRateFor(db, workspace.id, workspace.currency);
  } catch (error) {
    if (error instanceof AppError) return { ...base, reason: error.message };
    throw error;
  }
  const { calibration } = await loadPricingContext(db, workspace.id, workspace.currency, (c) =>
    usdRateFor(db, workspace.id, c),
  );
  return {
    ...base,
    calibration,
    deliverables: DELIVERABLES_BY_PLATFORM[m.platform].map((d) =>
      fairPrice(d, {
        platform: m.platform,
        followers: m.followers ?? 0,
        tier: m.tier as TierName | null,
        medianViews: m.median_views,
        engagementPercentile: m.er_percentile,
        sponsoredShare: m.sponsored_share_90d,
        usdRate,
        currency: workspace.currency,
        calibration: calibration.factor,
      }),
    ),
  };
}
