// 200 varied, deterministic briefs for the discovery benchmark: niches by keyword, hashtag or
// category, follower ranges and tiers, audience segments, every threshold, weight overrides and
// budgets, in the proportions a busy installation would see.
import type { BriefInput } from '../../src/core/discovery/brief.ts';
import { NICHE_CATEGORIES, NICHES } from '../../src/core/discovery/niche-taxonomy.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

export function benchBriefs(count = 200, seed = 2026): BriefInput[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T>(xs: readonly T[], n: number) => [...xs].sort(() => rnd() - 0.5).slice(0, n);
  const niches = NICHE_CATEGORIES.filter((c) => c !== 'other');
  return Array.from({ length: count }, () => {
    const brief: BriefInput = { limit: pick([20, 50, 50, 50, 100]) };
    const nicheRoll = rnd();
    if (nicheRoll < 0.8) {
      const niche = pick(niches);
      const words = NICHES[niche].split(' ');
      brief.niche =
        nicheRoll < 0.55
          ? { keywords: some(words, 2 + Math.floor(rnd() * 2)), hashtags: rnd() < 0.4 ? [pick(words)] : [] }
          : nicheRoll < 0.7
            ? { categories: [niche] }
            : { keywords: some(words, 2), categories: [niche] };
    }
    const sizeRoll = rnd();
    if (sizeRoll < 0.35) brief.tiers = some(['nano', 'micro', 'mid'] as const, 1 + Math.floor(rnd() * 2));
    else if (sizeRoll < 0.7) {
      const min = pick([5_000, 10_000, 20_000, 25_000, 50_000]);
      brief.followers = { min, max: min * pick([1.4, 2, 3, 5]) };
    }
    if (rnd() < 0.6) {
      brief.audience = {
        ...(rnd() < 0.8 ? { genders: [pick(['female', 'male'] as const)] } : {}),
        ...(rnd() < 0.6 ? { age_bands: some(['18-24', '25-34', '35-44'] as const, 1 + Math.floor(rnd() * 2)) } : {}),
        ...(rnd() < 0.7
          ? { countries: some(['GB', 'US', 'DE', 'ES', 'FR', 'BR', 'IT'], 1 + Math.floor(rnd() * 3)) }
          : {}),
        ...(rnd() < 0.15 ? { min_match: 0.2 } : {}),
      };
    }
    if (rnd() < 0.5) brief.min_authenticity = pick([50, 60, 70]);
    if (rnd() < 0.4) brief.max_sponsored_share = pick([0.2, 0.3, 0.4]);
    if (rnd() < 0.2) brief.min_engagement_percentile = pick([25, 50, 75]);
    if (rnd() < 0.3) brief.last_posted_within_days = pick([14, 30, 60]);
    if (rnd() < 0.2) brief.has_email = true;
    if (rnd() < 0.15) brief.creator_countries = some(['GB', 'US', 'DE', 'ES', 'FR'], 2);
    if (rnd() < 0.2) brief.exclude_brands = ['rivalbrand'];
    if (rnd() < 0.1) brief.platforms = [pick(['instagram', 'tiktok', 'youtube'] as const)];
    if (rnd() < 0.3)
      brief.weights = { niche: pick([10, 30, 60]), audience: pick([0, 20, 40]), cost_efficiency: pick([0, 10, 30]) };
    if (rnd() < 0.3) brief.budget_per_post = { amount: pick([20_000, 40_000, 100_000]), currency: 'USD' };
    return brief;
  });
}
