// The seven fit components of one row that passed the hard filters, written into a scratch array,
// and the audience filters (minimum match, minimum country share) that need the match to decide.
import {
  adFatigueComponent,
  audienceComponent,
  authenticityComponent,
  costEfficiencyComponent,
  engagementComponent,
  replyRateComponent,
} from '../core/discovery/fit/fit-components.ts';
import type { CompiledBrief } from './compile-brief.ts';
import type { ScanIndex } from './scan-index.ts';
import { audienceSimilarity } from './audience-similarity.ts';

/** What a scan needs besides the plan: the BM25 of the candidates and lookup tables made once per query. */
export interface ScanState {
  /** BM25 of each row for the current query, valid where stamp[row] === epoch. */
  text: Float64Array;
  stamp: Uint32Array;
  epoch: number;
  maxText: number;
  /** Candidate rows (filtered in place). */
  rows: Int32Array;
  /** One bit a row, all zero between uses (sorting candidates). */
  bits: Int32Array;
  /** Audience match parts of the last scored row (for explanations). */
  match: { value: number; ageGender: number; country: number };
}

/** Per-query lookups: the target cells as an array and countries / categories as masks over dictionary ids. */
export interface ScoreTables {
  cells: Int32Array | null;
  audienceCountries: Uint8Array | null;
  categories: Uint8Array | null;
}

export function scoreTables(index: ScanIndex, plan: CompiledBrief): ScoreTables {
  const mask = (ids: Set<number>, size: number) => {
    const m = new Uint8Array(size + 1);
    for (const id of ids) if (id >= 0 && id <= size) m[id] = 1;
    return m;
  };
  return {
    cells: plan.audience?.cells ? Int32Array.from(plan.audience.cells) : null,
    audienceCountries: plan.audience?.countries ? mask(plan.audience.countries, index.countries.values.length) : null,
    categories: plan.categories ? mask(plan.categories, index.categories.values.length) : null,
  };
}

/** Component order in the scratch array (FIT_COMPONENTS order). */
const NICHE = 0;
const AUDIENCE = 1;
const ENGAGEMENT = 2;
const REPLY_RATE = 3;
const AUTHENTICITY = 4;
const AD_FATIGUE = 5;
const COST_EFFICIENCY = 6;

/** Niche: BM25 relative to the best match of the query, and/or the confidence of a requested category. */
export function nicheComponent(
  index: ScanIndex,
  plan: CompiledBrief,
  tables: ScoreTables,
  state: ScanState,
  row: number,
): number {
  const text = state.stamp[row] === state.epoch && state.maxText > 0 ? state.text[row]! / state.maxText : 0;
  let category = 0;
  if (tables.categories) {
    const start = index.nicheStart.data[row]!;
    const count = index.nicheCount.data[row]!;
    for (let i = 0; i < count; i++) {
      if (tables.categories[index.nicheIds.data[start + i]!] === 1)
        category = Math.max(category, index.nicheConfidence.data[start + i]!);
    }
  }
  return plan.terms.length > 0 && plan.categories ? 0.5 * text + 0.5 * category : plan.categories ? category : text;
}

/** Writes every component but the audience into `out` (its slot is left as it was). */
export function scoreWithoutAudience(
  index: ScanIndex,
  plan: CompiledBrief,
  tables: ScoreTables,
  state: ScanState,
  row: number,
  out: Float64Array,
): void {
  out[NICHE] = plan.niche ? nicheComponent(index, plan, tables, state, row) : 0;
  const percentile = index.erPercentile.data[row]!;
  const reply = index.replyRate.data[row]!;
  const authenticity = index.authenticity.data[row]!;
  const sponsored = index.sponsoredShare.data[row]!;
  out[ENGAGEMENT] = engagementComponent(Number.isNaN(percentile) ? null : percentile);
  out[REPLY_RATE] = replyRateComponent(Number.isNaN(reply) ? null : reply);
  out[AUTHENTICITY] = authenticityComponent(Number.isNaN(authenticity) ? null : authenticity);
  out[AD_FATIGUE] = adFatigueComponent(Number.isNaN(sponsored) ? null : sponsored);
  const price = index.priceMidUsd.data[row]! * plan.calibration;
  const er = index.erFollowers.data[row]!;
  const followers = index.followers.data[row]!;
  const engagements = Number.isNaN(er) || Number.isNaN(followers) ? 0 : er * followers;
  out[COST_EFFICIENCY] = Number.isNaN(price) ? 0 : costEfficiencyComponent(price, engagements, plan.budgetUsd);
}

/**
 * The audience component (segment match or lookalike similarity; 0 when the brief has neither), or
 * -1 when an audience filter (minimum match, minimum country share) rejects the row. Never above 1.
 */
export function scoreAudience(
  index: ScanIndex,
  plan: CompiledBrief,
  tables: ScoreTables,
  state: ScanState,
  row: number,
): number {
  let audience = 0;
  if (plan.audience) {
    const match = audienceMatchOf(index, tables, row, state);
    if (plan.audience.minMatch !== null && !(match >= plan.audience.minMatch)) return -1;
    // Countries as a hard filter: an unknown country distribution does not pass (NaN fails the test).
    if (plan.audience.minCountryShare !== null && !(state.match.country >= plan.audience.minCountryShare)) return -1;
    const verified =
      (tables.cells ? index.ageGenderSource.data[row] === 2 : true) &&
      (tables.audienceCountries ? index.countrySource.data[row] === 2 : true);
    audience = Number.isNaN(match) ? 0 : audienceComponent(match, verified ? 'verified' : 'estimated');
  }
  if (plan.similarTo) audience = audienceSimilarity(index, plan.similarTo, row);
  return audience;
}

/** Slot of the audience component in the scratch array. */
export const AUDIENCE_SLOT = AUDIENCE;

/** Share of the row's audience in the target cells × countries; NaN (and NaN parts) when a needed distribution is missing. */
function audienceMatchOf(index: ScanIndex, tables: ScoreTables, row: number, state: ScanState): number {
  let ageGender = 1;
  const cells = tables.cells;
  if (cells) {
    const start = index.ageGenderStart.data[row]!;
    if (start < 0) return (state.match.value = state.match.ageGender = state.match.country = Number.NaN);
    ageGender = 0;
    const shares = index.ageGender.data;
    for (let c = 0; c < cells.length; c++) ageGender += shares[start + cells[c]!]!;
  }
  let country = 1;
  const countries = tables.audienceCountries;
  if (countries) {
    state.match.ageGender = ageGender;
    if (index.countrySource.data[row] === 0) return (state.match.value = state.match.country = Number.NaN);
    country = 0;
    const start = index.countryStart.data[row]!;
    const count = index.countryCount.data[row]!;
    const ids = index.countryIds.data;
    const shares = index.countryShares.data;
    for (let i = 0; i < count; i++) if (countries[ids[start + i]!] === 1) country += shares[start + i]!;
  }
  state.match.ageGender = ageGender;
  state.match.country = country;
  return (state.match.value = Math.min(1, ageGender * country));
}
