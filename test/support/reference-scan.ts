// The scan as it was before issue 16 (one row at a time, every filter per row): kept only as the
// reference the column-at-a-time scan must match exactly (test/search-index/scan-equivalence.test.ts).
import { FIT_COMPONENTS } from '../../src/core/discovery/brief.ts';
import { bm25Term } from '../../src/core/discovery/text/bm25.ts';
import {
  adFatigueComponent,
  audienceComponent,
  authenticityComponent,
  costEfficiencyComponent,
  engagementComponent,
  replyRateComponent,
} from '../../src/core/discovery/fit/fit-components.ts';
import type { CompiledBrief } from '../../src/search-index/compile-brief.ts';
import type { DiscoveryIndex } from '../../src/search-index/discovery-index.ts';
import { TopK } from '../../src/search-index/top-k.ts';

/** Component order in the scratch array. */
const COMPONENT_SLOT = {
  niche: 0,
  audience: 1,
  engagement: 2,
  reply_rate: 3,
  authenticity: 4,
  ad_fatigue: 5,
  cost_efficiency: 6,
} as const;

export interface ScanState {
  /** BM25 of each row for the current query, valid where stamp[row] === epoch. */
  text: Float64Array;
  stamp: Uint32Array;
  epoch: number;
  maxText: number;
  /** Audience match parts of the last scored row (for explanations). */
  match: { value: number; ageGender: number; country: number };
}

export interface ScoredRow {
  row: number;
  score: number;
  accountId: number;
  /** Component values in FIT_COMPONENTS order. */
  components: number[];
  /** Audience match parts (NaN value when a needed distribution is missing). */
  match: { value: number; ageGender: number; country: number };
  /** The niche text score relative to the best match (0 when none). */
  text: number;
}

export interface ScanResult {
  total: number;
  top: ScoredRow[];
}

let scratch: ScanState | null = null;

function stateFor(index: DiscoveryIndex): ScanState {
  if (!scratch || scratch.text.length < index.rows) {
    const size = Math.ceil(index.rows * 1.25) + 1024;
    scratch = {
      text: new Float64Array(size),
      stamp: new Uint32Array(size),
      epoch: 0,
      maxText: 0,
      match: { value: 0, ageGender: 0, country: 0 },
    };
  }
  scratch.epoch += 1;
  scratch.maxText = 0;
  // Zeroed as the scan does (match parts of a brief without an audience are never read).
  scratch.match.value = scratch.match.ageGender = scratch.match.country = 0;
  return scratch;
}

/** Rounded so that the SQL baseline, which sums in another order, ranks the same. */
const roundScore = (x: number) => Math.round(x * 1e6) / 1e6;

export function referenceScan(index: DiscoveryIndex, plan: CompiledBrief): ScanResult {
  const state = stateFor(index);
  const alive = index.alive.data;
  let candidates: Int32Array | null = null;
  let candidateCount = index.rows;
  if (plan.niche) {
    const list: number[] = [];
    const avg = index.averageDocLength || 1;
    const docLength = index.docLength.data;
    for (const t of plan.terms) {
      const p = t.postings;
      if (!p) continue;
      const rows = p.rows.data;
      const weights = p.weights.data;
      for (let i = 0; i < p.rows.length; i++) {
        const row = rows[i]!;
        if (alive[row] === 0) continue;
        const add = t.weight * bm25Term(weights[i]!, t.idf, docLength[row]!, avg);
        if (state.stamp[row] !== state.epoch) {
          state.stamp[row] = state.epoch;
          state.text[row] = add;
          list.push(row);
        } else {
          state.text[row]! += add;
        }
      }
    }
    for (const row of list) if (state.text[row]! > state.maxText) state.maxText = state.text[row]!;
    if (plan.categories) {
      for (const category of plan.categories) {
        const rows = index.categoryRows.get(category);
        if (!rows) continue;
        for (let i = 0; i < rows.length; i++) {
          const row = rows.data[i]!;
          if (alive[row] === 0 || state.stamp[row] === state.epoch) continue;
          state.stamp[row] = state.epoch;
          state.text[row] = 0;
          list.push(row);
        }
      }
    }
    candidates = Int32Array.from(list);
    candidateCount = candidates.length;
  }
  const top = new TopK(plan.limit);
  const components = new Float64Array(FIT_COMPONENTS.length);
  const weights = FIT_COMPONENTS.map((c) => plan.weights[c]);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  let total = 0;
  for (let i = 0; i < candidateCount; i++) {
    const row = candidates ? candidates[i]! : i;
    if (alive[row] === 0 || !scoreRow(index, plan, state, row, components)) continue;
    let sum = 0;
    for (let c = 0; c < components.length; c++) sum += weights[c]! * components[c]!;
    total += 1;
    top.offer(roundScore(weightSum === 0 ? 0 : (100 * sum) / weightSum), index.accountId.data[row]!, row);
  }
  // Details of the winners are taken now, while the scratch state still belongs to this query.
  const winners = top.sorted().map((t) => {
    scoreRow(index, plan, state, t.row, components);
    const text = state.stamp[t.row] === state.epoch && state.maxText > 0 ? state.text[t.row]! / state.maxText : 0;
    return {
      row: t.row,
      score: t.score,
      accountId: t.id,
      components: [...components],
      match: { ...state.match },
      text,
    };
  });
  return { total, top: winners };
}

/** Applies the hard filters to one row and, when it passes, writes its components; false when filtered out. */
function scoreRow(
  index: DiscoveryIndex,
  plan: CompiledBrief,
  state: ScanState,
  row: number,
  out: Float64Array,
): boolean {
  if (plan.platforms && !plan.platforms[index.platform.data[row]!]) return false;
  if (plan.tiers && !plan.tiers[index.tier.data[row]!]) return false;
  const followers = index.followers.data[row]!;
  if (
    (plan.followersMin > Number.NEGATIVE_INFINITY || plan.followersMax < Number.POSITIVE_INFINITY) &&
    !(followers >= plan.followersMin && followers <= plan.followersMax)
  )
    return false;
  // A score that is insufficient data (NaN) fails a minimum unless the brief opts in.
  const atLeast = (value: number, min: number) => value >= min || (plan.includeInsufficientData && Number.isNaN(value));
  const authenticity = index.authenticity.data[row]!;
  if (plan.minAuthenticity !== null && !atLeast(authenticity, plan.minAuthenticity)) return false;
  const sponsored = index.sponsoredShare.data[row]!;
  if (plan.maxSponsoredShare !== null && sponsored > plan.maxSponsoredShare) return false;
  const percentile = index.erPercentile.data[row]!;
  if (plan.minEngagementPercentile !== null && !atLeast(percentile, plan.minEngagementPercentile)) return false;
  const reply = index.replyRate.data[row]!;
  if (plan.minReplyRate !== null && !atLeast(reply, plan.minReplyRate)) return false;
  if (plan.growthMin !== null || plan.growthMax !== null) {
    const growth = index.growth30d.data[row]!;
    if (
      !(
        growth >= (plan.growthMin ?? Number.NEGATIVE_INFINITY) && growth <= (plan.growthMax ?? Number.POSITIVE_INFINITY)
      )
    )
      return false;
  }
  if (!plan.includeDemo && index.isDemo.data[row] === 1) return false;
  if (plan.hasEmail !== null) {
    const hasEmail = index.hasEmail.data[row] === 1 || plan.emailAccounts.has(index.accountId.data[row]!);
    if (hasEmail !== plan.hasEmail) return false;
  }
  if (plan.postedAfter !== null && !(index.lastPosted.data[row]! >= plan.postedAfter)) return false;
  if (plan.creatorCountries && !plan.creatorCountries.has(index.creatorCountry.data[row]!)) return false;
  if (plan.languages && !plan.languages.has(index.language.data[row]!)) return false;
  if (plan.excludedBrands) {
    const start = index.brandStart.data[row]!;
    for (let i = 0; i < index.brandCount.data[row]!; i++)
      if (plan.excludedBrands.has(index.brandIds.data[start + i]!)) return false;
  }
  if (plan.excludedAccounts.size > 0 && plan.excludedAccounts.has(index.accountId.data[row]!)) return false;

  // Niche: BM25 relative to the best match of the query, and/or the confidence of a requested category.
  let niche = 0;
  if (plan.niche) {
    const text = state.stamp[row] === state.epoch && state.maxText > 0 ? state.text[row]! / state.maxText : 0;
    let category = 0;
    if (plan.categories) {
      const start = index.nicheStart.data[row]!;
      for (let i = 0; i < index.nicheCount.data[row]!; i++) {
        if (plan.categories.has(index.nicheIds.data[start + i]!))
          category = Math.max(category, index.nicheConfidence.data[start + i]!);
      }
    }
    niche = plan.terms.length > 0 && plan.categories ? 0.5 * text + 0.5 * category : plan.categories ? category : text;
  }
  out[COMPONENT_SLOT.niche] = niche;

  let audience = 0;
  if (plan.audience) {
    const match = audienceMatchOf(index, plan.audience, row, state);
    if (plan.audience.minMatch !== null && !(match >= plan.audience.minMatch)) return false;
    // Countries as a hard filter: an unknown country distribution does not pass (NaN fails the test).
    if (plan.audience.minCountryShare !== null && !(state.match.country >= plan.audience.minCountryShare)) return false;
    const verified =
      (plan.audience.cells ? index.ageGenderSource.data[row] === 2 : true) &&
      (plan.audience.countries ? index.countrySource.data[row] === 2 : true);
    audience = Number.isNaN(match) ? 0 : audienceComponent(match, verified ? 'verified' : 'estimated');
  }
  if (plan.similarTo) audience = audienceSimilarity(index, plan.similarTo, row);
  out[COMPONENT_SLOT.audience] = audience;
  out[COMPONENT_SLOT.engagement] = engagementComponent(Number.isNaN(percentile) ? null : percentile);
  out[COMPONENT_SLOT.reply_rate] = replyRateComponent(Number.isNaN(reply) ? null : reply);
  out[COMPONENT_SLOT.authenticity] = authenticityComponent(Number.isNaN(authenticity) ? null : authenticity);
  out[COMPONENT_SLOT.ad_fatigue] = adFatigueComponent(Number.isNaN(sponsored) ? null : sponsored);
  const price = index.priceMidUsd.data[row]! * plan.calibration;
  const er = index.erFollowers.data[row]!;
  const engagements = Number.isNaN(er) || Number.isNaN(followers) ? 0 : er * followers;
  out[COMPONENT_SLOT.cost_efficiency] = Number.isNaN(price)
    ? 0
    : costEfficiencyComponent(price, engagements, plan.budgetUsd);
  return true;
}

/** Share of the row's audience in the target cells × countries; NaN (and NaN parts) when a needed distribution is missing. */
function audienceMatchOf(
  index: DiscoveryIndex,
  target: NonNullable<CompiledBrief['audience']>,
  row: number,
  state: ScanState,
): number {
  let ageGender = 1;
  if (target.cells) {
    const start = index.ageGenderStart.data[row]!;
    if (start < 0) return (state.match.value = state.match.ageGender = state.match.country = Number.NaN);
    ageGender = 0;
    for (const cell of target.cells) ageGender += index.ageGender.data[start + cell]!;
  }
  let country = 1;
  if (target.countries) {
    state.match.ageGender = ageGender;
    if (index.countrySource.data[row] === 0) return (state.match.value = state.match.country = Number.NaN);
    country = 0;
    const start = index.countryStart.data[row]!;
    for (let i = 0; i < index.countryCount.data[row]!; i++)
      if (target.countries.has(index.countryIds.data[start + i]!)) country += index.countryShares.data[start + i]!;
  }
  state.match.ageGender = ageGender;
  state.match.country = country;
  return (state.match.value = Math.min(1, ageGender * country));
}

/** Lookalikes: cosine similarity of the row's audience to the seeds' mean (age × gender, countries; product of those known). */
function audienceSimilarity(index: DiscoveryIndex, seed: NonNullable<CompiledBrief['similarTo']>, row: number): number {
  let similarity = 1;
  let compared = 0;
  const start = index.ageGenderStart.data[row]!;
  if (seed.ageGender && start >= 0) {
    let dot = 0;
    let a = 0;
    let b = 0;
    for (let c = 0; c < seed.ageGender.length; c++) {
      const x = index.ageGender.data[start + c]!;
      const y = seed.ageGender[c]!;
      dot += x * y;
      a += x * x;
      b += y * y;
    }
    similarity *= a > 0 && b > 0 ? dot / Math.sqrt(a * b) : 0;
    compared += 1;
  }
  if (seed.countries && index.countrySource.data[row] !== 0) {
    let dot = 0;
    let a = 0;
    let b = 0;
    for (const share of seed.countries.values()) b += share * share;
    const cStart = index.countryStart.data[row]!;
    for (let i = 0; i < index.countryCount.data[row]!; i++) {
      const share = index.countryShares.data[cStart + i]!;
      dot += share * (seed.countries.get(index.countryIds.data[cStart + i]!) ?? 0);
      a += share * share;
    }
    similarity *= a > 0 && b > 0 ? dot / Math.sqrt(a * b) : 0;
    compared += 1;
  }
  return compared === 0 ? 0 : similarity;
}
