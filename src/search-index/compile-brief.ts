// A brief turned into what the scan needs: masks over dictionary ids, posting lists with their idf,
// the age × gender cells and countries of the target audience, and the weights of the components.
import { FIT_COMPONENTS, type Brief, type FitComponent } from '../core/discovery/brief.ts';
import { resolveWeights } from '../core/discovery/fit/fit-score.ts';
import { idf } from '../core/discovery/text/bm25.ts';
import { hashtagTerms, textTerms } from '../core/discovery/text/tokenize.ts';
import { PLATFORMS } from '../core/creators/creator-record.ts';
import { toMajor } from '../core/shared/minor-units.ts';
import { TIER_NAMES } from '../core/creators/tiers.ts';
import { AGE_GENDER_CELLS, type DiscoveryIndex, type Postings } from './discovery-index.ts';
import { EVERY_ROW, scanRanges, type RowRange } from './scan-ranges.ts';

export interface QueryTerm {
  term: string;
  id: number | undefined;
  postings: Postings | undefined;
  idf: number;
  weight: number;
}

export interface CompiledBrief {
  platforms: boolean[] | null;
  tiers: boolean[] | null;
  followersMin: number;
  followersMax: number;
  creatorCountries: Set<number> | null;
  languages: Set<number> | null;
  minAuthenticity: number | null;
  maxSponsoredShare: number | null;
  minEngagementPercentile: number | null;
  minReplyRate: number | null;
  /** The brief lets insufficient-data scores pass the minimums above. */
  includeInsufficientData: boolean;
  growthMin: number | null;
  growthMax: number | null;
  hasEmail: boolean | null;
  /** Accounts whose creator has an email in the reading workspace's own layer (count as having one). */
  emailAccounts: ReadonlySet<number>;
  includeDemo: boolean;
  postedAfter: number | null;
  excludedBrands: Set<number> | null;
  excludedAccounts: Set<number>;
  /** The brief names a niche: only accounts matching its terms or categories are candidates. */
  niche: boolean;
  terms: QueryTerm[];
  categories: Set<number> | null;
  audience: {
    cells: number[] | null;
    countries: Set<number> | null;
    minMatch: number | null;
    minCountryShare: number | null;
  } | null;
  /** Lookalike mode: the seeds' mean audience, compared by cosine similarity instead of a segment match. */
  similarTo: { ageGender: Float64Array | null; countries: Map<number, number> | null } | null;
  weights: Record<FitComponent, number>;
  budgetUsd: number | null;
  calibration: number;
  limit: number;
  /** The rows that can pass the follower range and tiers (scan-ranges.ts); the rest are never read. */
  ranges: readonly RowRange[];
}

export interface CompileContext {
  termIds: ReadonlyMap<string, number>;
  /** Accounts never to return: explicit exclusions, the brand's pipeline, lookalike seeds. */
  excludedAccounts: Set<number>;
  /** Lookalike seeds (account ids): their niche terms, audience and tiers define "similar". */
  seedAccounts: number[];
  /** Whether synthetic demo accounts are candidates (default true: the service decides per workspace). */
  includeDemo?: boolean;
  /** See CompiledBrief.emailAccounts. */
  emailAccounts?: ReadonlySet<number>;
  /** Units of the budget's currency per US dollar. */
  usdRate: number;
  calibration: number;
  now: number;
}

/** Query terms of a brief: stemmed keyword words and hashtag terms, each counted once per mention. */
export function briefTerms(brief: Brief): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (terms: readonly string[]) => {
    for (const t of new Set(terms)) weights.set(t, (weights.get(t) ?? 0) + 1);
  };
  for (const k of brief.niche?.keywords ?? []) add(textTerms(k));
  for (const h of brief.niche?.hashtags ?? []) add(hashtagTerms(h));
  return weights;
}

/** Terms that best describe the seeds: their summed weights, the strongest 12. */
const LOOKALIKE_TERMS = 12;

export function compileBrief(index: DiscoveryIndex, brief: Brief, ctx: CompileContext): CompiledBrief {
  const seeds = ctx.seedAccounts.map((id) => index.rowOfAccount.get(id)).filter((r): r is number => r !== undefined);
  const ids = (
    dict: { ids: Map<string, number> },
    values: readonly string[] | undefined,
    normalise: (v: string) => string,
  ) => (values ? new Set(values.map((v) => dict.ids.get(normalise(v)) ?? -1)) : null);
  const wanted = briefTerms(brief);
  const seedTermIds = seeds.length > 0 ? seedTerms(index, seeds) : new Map<number, number>();
  if (seedTermIds.size > 0) {
    const termOf = new Map([...ctx.termIds].filter(([, id]) => seedTermIds.has(id)).map(([term, id]) => [id, term]));
    for (const [id, weight] of seedTermIds) {
      const term = termOf.get(id);
      if (term) wanted.set(term, (wanted.get(term) ?? 0) + weight);
    }
  }
  const terms: QueryTerm[] = [...wanted].map(([term, weight]) => {
    const id = ctx.termIds.get(term);
    const postings = id === undefined ? undefined : index.postings.get(id);
    return { term, id, postings, idf: idf(index.live, postings?.df ?? 0), weight };
  });
  const audience = brief.audience;
  const similarTo = seeds.length > 0 ? seedAudience(index, seeds) : null;
  const active: FitComponent[] = FIT_COMPONENTS.filter((c) =>
    c === 'niche'
      ? terms.length > 0 || Boolean(brief.niche?.categories.length)
      : c === 'audience'
        ? Boolean(audience && (audience.genders || audience.age_bands || audience.countries)) || Boolean(similarTo)
        : true,
  );
  // Lookalikes stay in the seeds' tiers unless the brief sets its own follower range or tiers.
  const seedTiers =
    seeds.length > 0 && !brief.tiers && !brief.followers ? new Set(seeds.map((r) => index.tier.data[r]!)) : null;
  const size = {
    // Tier codes are 1-based in the index (0 = below the smallest tier or unknown).
    tiers: brief.tiers
      ? [false, ...TIER_NAMES.map((t) => brief.tiers!.includes(t))]
      : seedTiers
        ? [0, 1, 2, 3, 4, 5].map((t) => seedTiers.has(t))
        : null,
    followersMin: brief.followers?.min ?? Number.NEGATIVE_INFINITY,
    followersMax: brief.followers?.max ?? Number.POSITIVE_INFINITY,
  };
  return {
    ...size,
    // The niche's text score is relative to the best BM25 of every row: with query terms, every row is read.
    ranges: terms.some((t) => t.postings) ? EVERY_ROW : scanRanges(index, size),
    platforms: brief.platforms ? PLATFORMS.map((p) => brief.platforms!.includes(p)) : null,
    creatorCountries: ids(index.countries, brief.creator_countries, (v) => v.toUpperCase()),
    languages: ids(index.languages, brief.languages, (v) => v.toLowerCase()),
    minAuthenticity: brief.min_authenticity ?? null,
    maxSponsoredShare: brief.max_sponsored_share ?? null,
    minEngagementPercentile: brief.min_engagement_percentile ?? null,
    minReplyRate: brief.min_reply_rate ?? null,
    includeInsufficientData: brief.include_insufficient_data ?? false,
    growthMin: brief.growth_30d?.min ?? null,
    growthMax: brief.growth_30d?.max ?? null,
    hasEmail: brief.has_email ?? null,
    emailAccounts: ctx.emailAccounts ?? new Set(),
    includeDemo: ctx.includeDemo ?? true,
    postedAfter: brief.last_posted_within_days ? ctx.now - brief.last_posted_within_days * 86_400_000 : null,
    excludedBrands: brief.exclude_brands?.length
      ? new Set(brief.exclude_brands.map((b) => index.brands.ids.get(b) ?? -1))
      : null,
    excludedAccounts: ctx.excludedAccounts,
    niche: active.includes('niche'),
    terms,
    categories: brief.niche?.categories.length
      ? new Set(brief.niche.categories.map((c) => index.categories.ids.get(c) ?? -1))
      : null,
    similarTo: audience ? null : similarTo,
    audience:
      active.includes('audience') && audience
        ? {
            cells:
              audience!.genders || audience!.age_bands
                ? AGE_GENDER_CELLS.flatMap((key, i) => {
                    const [age, gender] = key.split(':');
                    return (!audience!.age_bands || audience!.age_bands.includes(age as never)) &&
                      (!audience!.genders || audience!.genders.includes(gender as never))
                      ? [i]
                      : [];
                  })
                : null,
            countries: audience!.countries
              ? new Set(audience!.countries.map((c) => index.countries.ids.get(c) ?? -1))
              : null,
            minMatch: audience!.min_match ?? null,
            minCountryShare: audience!.min_country_share ?? null,
          }
        : null,
    weights: resolveWeights(brief.weights, active),
    budgetUsd: brief.budget_per_post
      ? toMajor(brief.budget_per_post.amount, brief.budget_per_post.currency) / ctx.usdRate
      : null,
    calibration: ctx.calibration,
    limit: brief.limit,
  };
}

/** The seeds' strongest terms: weight / document length, summed over the seeds. */
function seedTerms(index: DiscoveryIndex, seeds: number[]): Map<number, number> {
  const sums = new Map<number, number>();
  for (const row of seeds) {
    const start = index.termStart.data[row]!;
    const length = index.docLength.data[row]! || 1;
    for (let i = 0; i < index.termCount.data[row]!; i++) {
      const id = index.termIds.data[start + i]!;
      sums.set(id, (sums.get(id) ?? 0) + index.termWeights.data[start + i]! / length);
    }
  }
  return new Map(
    [...sums]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, LOOKALIKE_TERMS)
      .map(([id]) => [id, 1]),
  );
}

function seedAudience(index: DiscoveryIndex, seeds: number[]): NonNullable<CompiledBrief['similarTo']> {
  const withAge = seeds.filter((r) => index.ageGenderStart.data[r]! >= 0);
  let ageGender: Float64Array | null = null;
  if (withAge.length > 0) {
    ageGender = new Float64Array(AGE_GENDER_CELLS.length);
    for (const r of withAge)
      for (let c = 0; c < ageGender.length; c++)
        ageGender[c]! += index.ageGender.data[index.ageGenderStart.data[r]! + c]! / withAge.length;
  }
  const withCountry = seeds.filter((r) => index.countrySource.data[r] !== 0);
  const countries = withCountry.length === 0 ? null : new Map<number, number>();
  for (const r of withCountry) {
    const start = index.countryStart.data[r]!;
    for (let i = 0; i < index.countryCount.data[r]!; i++) {
      const id = index.countryIds.data[start + i]!;
      countries!.set(id, (countries!.get(id) ?? 0) + index.countryShares.data[start + i]! / withCountry.length);
    }
  }
  return { ageGender, countries };
}
