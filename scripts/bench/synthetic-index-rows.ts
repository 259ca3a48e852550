// The index-only world of `bench:discovery --index-only` (10M accounts without a database): rows made
// straight for the index by a seeded generator, shaped like the demo world's: log-uniform followers
// (1k–2M) with their tier, one niche of the taxonomy whose words (stemmed) are the account's niche
// terms, every metric with a few per cent unknown, age × gender and country distributions (verified or
// estimated, some missing), a sponsored brand now and then. Not the demo generator (which writes a
// SQLite world at ~100k creators a minute): only what the index holds, so 10M rows build in minutes.
import { AGE_BANDS, GENDERS } from '../../src/core/discovery/brief.ts';
import { PLATFORMS } from '../../src/core/creators/creator-record.ts';
import { tierOf } from '../../src/core/creators/tiers.ts';
import { NICHE_CATEGORIES, NICHES } from '../../src/core/discovery/niche-taxonomy.ts';
import { textTerms } from '../../src/core/discovery/text/tokenize.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';
import type { IndexRow } from '../../src/storage/discovery/index-row.ts';

const COUNTRIES = ['GB', 'US', 'DE', 'ES', 'FR', 'BR', 'IT', 'NL', 'PL', 'SE', 'MX', 'CA', 'AU', 'IN'];
const CELLS = AGE_BANDS.flatMap((a) => GENDERS.map((g) => `${a}:${g}`));

export interface SyntheticWorld {
  termIds: Map<string, number>;
  rows(count: number, asOf: number): Generator<IndexRow>;
}

export function syntheticWorld(seed: number): SyntheticWorld {
  const termIds = new Map<string, number>();
  const termsOf = new Map<string, number[]>();
  for (const category of NICHE_CATEGORIES) {
    const ids = NICHES[category]
      .split(' ')
      .flatMap((w) => textTerms(w))
      .map((t) => {
        if (!termIds.has(t)) termIds.set(t, termIds.size + 1);
        return termIds.get(t)!;
      });
    termsOf.set(category, [...new Set(ids)]);
  }
  function* rows(count: number, asOf: number): Generator<IndexRow> {
    const rnd = seededRandom(seed);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const maybe = <T>(value: T, missing = 0.05) => (rnd() < missing ? null : value);
    const shares = (keys: string[]) => {
      const raw = keys.map(() => rnd() ** 2);
      const sum = raw.reduce((a, b) => a + b, 0) || 1;
      return keys.map((k, i) => [k, raw[i]! / sum] as [string, number]);
    };
    const distribution = (keys: string[]) =>
      maybe(
        { source: rnd() < 0.3 ? ('verified' as const) : ('estimated' as const), sampleSize: 500, shares: shares(keys) },
        0.1,
      );
    for (let id = 1; id <= count; id++) {
      const followers = Math.round(10 ** (3 + rnd() * 3.3));
      const category = pick(NICHE_CATEGORIES);
      const own = termsOf.get(category)!;
      const terms = new Map<number, number>();
      for (let i = 0; i < 3 + Math.floor(rnd() * 5); i++) {
        // A category whose words all stem away has no terms of its own: pick() of none gave undefined,
        // which the index stored as term 0 and failed on when the row was replaced.
        const term = (rnd() < 0.85 && own.length > 0 ? pick(own) : undefined) ?? 1 + Math.floor(rnd() * termIds.size);
        terms.set(term, (terms.get(term) ?? 0) + 1 + Math.floor(rnd() * 3));
      }
      const docLength = [...terms.values()].reduce((a, b) => a + b, 0);
      yield {
        accountId: id,
        creatorId: id,
        platform: pick(PLATFORMS),
        handle: `synthetic${id}`,
        displayName: `Synthetic creator ${id}`,
        followers,
        tier: tierOf(followers),
        creatorCountry: maybe(pick(COUNTRIES)),
        language: maybe(pick(['en', 'de', 'es', 'fr', 'it', 'pt'])),
        hasEmail: rnd() < 0.35,
        isDemo: true,
        erFollowers: maybe(0.005 + rnd() * 0.08),
        erPercentile: maybe(Math.round(rnd() * 100)),
        replyRate: maybe(rnd() * 0.5, 0.3),
        authenticity: maybe(30 + rnd() * 70),
        sponsoredShare: maybe(rnd() * 0.5, 0.1),
        growth30d: maybe(rnd() * 0.2 - 0.05),
        lastPostedAt: maybe(new Date(asOf - rnd() * 90 * 86_400_000).toISOString()),
        expectedViews: maybe(followers * (0.1 + rnd() * 0.5)),
        medianViews: Math.round(followers * 0.2),
        priceMidUsd: maybe(10 + followers * (0.005 + rnd() * 0.01)),
        docLength,
        sponsoredBrands: rnd() < 0.1 ? [pick(['rivalbrand', 'glowco', 'fitfuel'])] : [],
        terms: [...terms],
        niches: [[category, Math.round((0.4 + rnd() * 0.6) * 100) / 100]],
        ageGender: distribution(CELLS.filter(() => rnd() < 0.6)),
        countries: distribution(COUNTRIES.filter(() => rnd() < 0.35)),
        revision: 1,
      };
    }
  }
  return { termIds, rows };
}
