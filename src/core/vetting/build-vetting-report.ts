// The vetting report of one account: every number with its formula, window, sample and confidence.
import type { AudienceSummary } from './audience-summary.ts';
import type { EngagementMeasure } from './engagement/engagement-measure.ts';
import { measureAccount, type AccountMeasures } from './measure-account.ts';
import type { AccountFacts } from './account-facts.ts';
import { tierPercentile } from './stats/tier-percentile.ts';
import { vettingFindings, type Finding } from './vetting-findings.ts';

/** Quantiles and median of a metric over the installation's accounts of the same platform and tier. */
export type TierBenchmarkLookup = (
  metric: string,
) => { quantiles: number[]; median: number | null; count: number } | undefined;

export interface EngagementWithBenchmark extends EngagementMeasure {
  /** 0–100 within the creator's platform and tier; null when unavailable (`tier_percentile_reason`). */
  tier_percentile: number | null;
  tier_percentile_reason?: string;
  tier_median: number | null;
  tier_accounts: number;
}

export interface VettingReport extends Omit<AccountMeasures, 'engagement'> {
  engagement: EngagementWithBenchmark[];
  audience: AudienceSummary;
  findings: Finding[];
}

export interface VettingContext {
  now: Date;
  benchmarks: TierBenchmarkLookup;
  audience: AudienceSummary;
}

export function buildVettingReport(facts: AccountFacts, ctx: VettingContext): VettingReport {
  const measures = measureAccount(facts, ctx.now);
  const engagement = measures.engagement.map((m): EngagementWithBenchmark => {
    const bench = ctx.benchmarks(m.formula);
    const percentile = tierPercentile(m.value, bench);
    return {
      ...m,
      tier_percentile: percentile.value,
      ...(percentile.reason ? { tier_percentile_reason: percentile.reason } : {}),
      tier_median: bench?.median ?? null,
      tier_accounts: bench?.count ?? 0,
    };
  });
  const report: Omit<VettingReport, 'findings'> = {
    ...measures,
    engagement,
    audience: ctx.audience,
  };
  return { ...report, findings: vettingFindings(report) };
}
