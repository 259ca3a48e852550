import { percentileRank } from './percentile-rank.ts';

/** A percentile among fewer accounts than this says more about the sample than about the creator. */
export const MIN_TIER_ACCOUNTS = 10;

export interface TierPercentile {
  /** 0–100 within the platform and tier; null when it cannot be computed (`reason` says why). */
  value: number | null;
  reason?: string;
}

/**
 * The one rule for every percentile within a tier (vetting report, discovery, prices): a value, and
 * a benchmark of at least MIN_TIER_ACCOUNTS accounts; otherwise insufficient data, never a number.
 */
export function tierPercentile(
  value: number | null,
  bench: { quantiles: readonly number[]; count: number } | undefined,
): TierPercentile {
  if (value === null) return { value: null, reason: 'no value to rank' };
  if (!bench || bench.count < MIN_TIER_ACCOUNTS) {
    const count = bench?.count ?? 0;
    return { value: null, reason: `insufficient data: ${count} accounts in the tier (need ${MIN_TIER_ACCOUNTS})` };
  }
  return { value: percentileRank(bench.quantiles, value) };
}
