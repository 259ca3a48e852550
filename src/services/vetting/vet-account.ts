import { summarizeAudience } from '../../core/vetting/audience-summary.ts';
import { buildVettingReport, type VettingReport } from '../../core/vetting/build-vetting-report.ts';
import type { DB } from '../../storage/connect.ts';
import { loadAccountFacts, type LoadedAccount } from '../../storage/vetting/load-account-facts.ts';
import { loadTierBenchmarks } from '../../storage/vetting/tier-benchmarks.ts';
import { tierOf } from '../../core/creators/tiers.ts';

/** The full vetting report of one account as of `now`, with tier percentiles from the installation. */
export async function vetAccount(
  db: DB,
  accountId: number,
  now = new Date(),
): Promise<{ loaded: LoadedAccount; report: VettingReport } | undefined> {
  const loaded = await loadAccountFacts(db, accountId, now);
  if (!loaded) return undefined;
  const benchmarks = await loadTierBenchmarks(db, loaded.facts.platform, tierOf(loaded.facts.followers));
  const report = buildVettingReport(loaded.facts, {
    now,
    benchmarks,
    audience: summarizeAudience(loaded.audiences),
  });
  return { loaded, report };
}
