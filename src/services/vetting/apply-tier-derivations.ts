// Second phase of a metrics refresh, after the tier benchmarks are recomputed: each account's
// engagement percentile within its platform × tier and the base price that depends on it.
import { basePrice } from '../../core/discovery/pricing/base-price.ts';
import type { TierName } from '../../core/creators/tiers.ts';
import type { TierBenchmarkLookup } from '../../core/vetting/build-vetting-report.ts';
import { tierPercentile } from '../../core/vetting/stats/tier-percentile.ts';
import type { DB } from '../../storage/connect.ts';
import type { Platform } from '../../storage/schema.ts';
import { saveTierDerivations, type TierDerivation } from '../../storage/vetting/save-tier-derivations.ts';
import { loadTierBenchmarks } from '../../storage/vetting/tier-benchmarks.ts';

export async function applyTierDerivations(db: DB, accountIds: readonly number[], revision: number): Promise<void> {
  const lookups = new Map<string, TierBenchmarkLookup>();
  const lookup = async (platform: Platform, tier: string | null) => {
    const key = `${platform}:${tier}`;
    if (!lookups.has(key)) lookups.set(key, await loadTierBenchmarks(db, platform, tier));
    return lookups.get(key)!;
  };
  for (let i = 0; i < accountIds.length; i += 1_000) {
    const rows = await db
      .selectFrom('account_metrics')
      .select(['account_id', 'platform', 'tier', 'followers', 'er_followers', 'median_views', 'sponsored_share_90d'])
      .where('account_id', 'in', accountIds.slice(i, i + 1_000))
      .execute();
    const updates: TierDerivation[] = [];
    for (const r of rows) {
      const bench = (await lookup(r.platform, r.tier))('er_followers');
      const erPercentile = tierPercentile(r.er_followers, bench).value;
      const price = basePrice({
        platform: r.platform,
        followers: r.followers,
        tier: r.tier as TierName | null,
        medianViews: r.median_views,
        erPercentile,
        sponsoredShare: r.sponsored_share_90d,
      });
      updates.push({ accountId: r.account_id, erPercentile, expectedViews: price.expectedViews, midUsd: price.midUsd });
    }
    await saveTierDerivations(db, updates, revision);
  }
}
