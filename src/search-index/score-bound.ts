// A cheap upper bound of a row's fit score, for the scan's test "can this row still enter the top
// k?", which nearly every candidate fails. The exact score reads seven float64 columns (56 bytes a
// row) and the scan is bound by memory, not arithmetic; the bound reads 8 bytes a row kept beside
// them at upsert: the four components that do not depend on the brief (engagement, reply rate,
// authenticity, ad fatigue) rounded up to k/254, and a float32 lower bound of cost per engagement
// (at calibration 1), from which cost efficiency is bounded for any calibration and budget.
// A row is skipped only when its bound, with room for the rounding of the exact sum and of the
// score to 6 decimals, is below the k-th best: results are exactly those of scoring every row.
import {
  adFatigueComponent,
  authenticityComponent,
  CPE_REFERENCE_USD,
  engagementComponent,
  replyRateComponent,
} from '../core/discovery/fit/fit-components.ts';
import { AGE_BANDS, DEFAULT_WEIGHTS, GENDERS } from '../core/discovery/brief.ts';
import type { CompiledBrief } from './compile-brief.ts';
import type { ScanIndex } from './scan-index.ts';

/** Bytes per row in DiscoveryIndex.componentBounds. */
export const BOUND_BYTES = 4;

const orNull = (x: number) => (Number.isNaN(x) ? null : x);
/**
 * A byte whose DECODED value is ≥ `value`: k/254 for a value up to 1, 255 (+∞: no bound) above 1 or
 * for NaN, so that a bad metric never makes the bound too low.
 */
export function roundUp(value: number): number {
  if (!(value <= 1)) return 255;
  return Math.max(0, Math.min(254, Math.ceil((value + 1e-9) * 254)));
}
export const DECODED = Float64Array.from({ length: 256 }, (_, q) => (q === 255 ? Number.POSITIVE_INFINITY : q / 254));

/** The four brief-independent components of a row's metrics (NaN: unknown), each rounded up to k/254. */
export function componentBounds(percentile: number, replyRate: number, authenticity: number, sponsored: number) {
  return [
    roundUp(engagementComponent(orNull(percentile))),
    roundUp(replyRateComponent(orNull(replyRate))),
    roundUp(authenticityComponent(orNull(authenticity))),
    roundUp(adFatigueComponent(orNull(sponsored))),
  ];
}

/** The four brief-independent components in componentBounds order, and their default weights. */
const FIXED = ['engagement', 'reply_rate', 'authenticity', 'ad_fatigue'] as const;

/**
 * A float32 at least Σ default weight × decoded bound of the four components (+∞ when one has no bound).
 * For weights w proportional to the defaults on these four, Σ w × bound ≤ (w / default) × this: one read
 * a row instead of four bytes and four table lookups (the benchmark's briefs, like most, keep them).
 */
export function defaultWeightedBound(bytes: readonly number[]): number {
  let sum = 0;
  for (let c = 0; c < FIXED.length; c++) sum += DEFAULT_WEIGHTS[FIXED[c]!] * DECODED[bytes[c]!]!;
  // fround errs by at most 2^-24 relative: raised first by 1e-6, it stays above the sum.
  return Math.fround(sum * (1 + 1e-6));
}

/**
 * A float32 no greater than price / expected engagements (USD at calibration 1); +∞ when cost
 * efficiency is 0 at every calibration (no price, no engagements).
 */
export function cpeFloor(priceMidUsd: number, erFollowers: number, followers: number): number {
  const engagements = Number.isNaN(erFollowers) || Number.isNaN(followers) ? 0 : erFollowers * followers;
  if (Number.isNaN(priceMidUsd) || !(engagements > 0) || !(priceMidUsd > 0)) return Number.POSITIVE_INFINITY;
  // fround errs by at most 2^-24 relative: shrunk first by 1e-6, it stays below the true ratio.
  return Math.fround((priceMidUsd / engagements) * (1 - 1e-6));
}

/** Bytes per row in DiscoveryIndex.audienceBounds: share per gender, per age band, of all countries, of the largest. */
export const AUDIENCE_BOUND_BYTES = GENDERS.length + AGE_BANDS.length + 2;
const ALL_COUNTRIES = AUDIENCE_BOUND_BYTES - 2;
const TOP_COUNTRY = AUDIENCE_BOUND_BYTES - 1;

/**
 * The audience's shares per gender and per age band (sums over the age × gender cells, AGE_GENDER_CELLS
 * order: age-major), its share of all countries and of its largest country (a code listed twice counts
 * as one country, as the scan sums it), rounded up; 0 for a missing distribution. A segment's share is at
 * most that of its genders and at most that of its age bands; n countries' at most n times the largest.
 * A negative share would break that: the row is then never bounded (255).
 */
export function audienceBounds(
  cells: Float64Array | null,
  countries: readonly (readonly [string, number])[] | null,
): number[] {
  const out: number[] = new Array(AUDIENCE_BOUND_BYTES).fill(0);
  const genders = GENDERS.length;
  if (cells && cells.length !== genders * AGE_BANDS.length)
    throw new Error('audience bounds need every age × gender cell');
  if (cells) {
    const byGender = new Array(genders).fill(0);
    const byAge = new Array(AGE_BANDS.length).fill(0);
    cells.forEach((share, cell) => {
      byGender[cell % genders] += share;
      byAge[Math.floor(cell / genders)] += share;
    });
    const bad = cells.some((share) => !(share >= 0));
    [...byGender, ...byAge].forEach((share, i) => (out[i] = bad ? 255 : roundUp(share)));
  }
  if (countries) {
    const byCountry = new Map<string, number>();
    for (const [code, share] of countries)
      byCountry.set(code.toUpperCase(), (byCountry.get(code.toUpperCase()) ?? 0) + share);
    const shares = [...byCountry.values()];
    const bad = countries.some(([, share]) => !(share >= 0));
    out[ALL_COUNTRIES] = bad ? 255 : roundUp(shares.reduce((a, b) => a + b, 0));
    out[TOP_COUNTRY] = bad ? 255 : roundUp(Math.max(0, ...shares));
  }
  return out;
}

/** Country dictionary ids 1…COUNTRY_SLOTS (the first countries an index meets: the common ones) get a byte per row. */
export const COUNTRY_SLOTS = 16;
const CELLS = AGE_BANDS.length * GENDERS.length;
/** Bytes per row in DiscoveryIndex.audienceShares: each age × gender cell, then each slotted country's share. */
export const AUDIENCE_SHARE_BYTES = CELLS + COUNTRY_SLOTS;

/**
 * A byte at most any value that rounds up to it (DECODED's counterpart, for a lower bound): −∞ for 255
 * (no bound), 0 for 0 (a share not given, which the scan adds as 0).
 */
export const LOWER = Float64Array.from({ length: 256 }, (_, q) =>
  q === 255 ? Number.NEGATIVE_INFINITY : q === 0 ? 0 : (q - 1) / 254 - 1e-9,
);

/**
 * The audience's share in each age × gender cell (AGE_GENDER_CELLS order) and in each slotted country
 * (a country listed twice summed, as the scan sums it), rounded up: a segment's match is then bounded
 * above and below to within a few 1/254ths, without reading the row's distributions. 0 for a missing
 * distribution or country; 255 (no bound either way) for a negative, NaN or > 1 share.
 */
export function audienceShareBytes(
  cells: Float64Array | null,
  countries: readonly (readonly [id: number, share: number])[],
): number[] {
  const out: number[] = new Array(AUDIENCE_SHARE_BYTES).fill(0);
  const byte = (share: number) => (share >= 0 ? roundUp(share) : 255);
  if (cells) for (let c = 0; c < CELLS; c++) out[c] = byte(cells[c]!);
  const slots = new Float64Array(COUNTRY_SLOTS);
  const given = new Uint8Array(COUNTRY_SLOTS);
  for (const [id, share] of countries) {
    if (id < 1 || id > COUNTRY_SLOTS) continue;
    slots[id - 1]! += share;
    given[id - 1] = 1;
  }
  for (let i = 0; i < COUNTRY_SLOTS; i++) if (given[i]) out[CELLS + i] = byte(slots[i]!);
  return out;
}

/** Bounds the fit sum of a row given its niche and audience components (exact or bounded). */
export interface ScoreBound {
  /** Σ weight × component bound of the five components that do not depend on the brief's niche or audience. */
  fixed(row: number): number;
  /** fixed(row) + wAudience × audience(row) of rows[from..to) into out[0..to − from). */
  sums(rows: Int32Array, from: number, to: number, wAudience: number, out: Float64Array): void;
  /** At least the row's segment match (and so its audience component); the brief has a segment. */
  audience(row: number): number;
  /** At least the row's share in the brief's audience countries (NaN: no bound); the brief names countries. */
  country(row: number): number;
  /** Whether the row surely passes the brief's minimum match and country share (false: it may not). */
  passes(row: number): boolean;
  /**
   * A weighted sum such that a row whose bound is below it cannot score better than `worst` (the k-th best
   * score): the test of a row is one comparison, the division done once per change of the k-th best. −∞
   * when no row can be ruled out.
   */
  limit(worst: number): number;
}

export function scoreBoundOf(index: ScanIndex, plan: CompiledBrief, weights: Float64Array, weightSum: number) {
  return new BriefBound(index, plan, weights, weightSum);
}

/**
 * A class, not closures made per scan: a scan loop's calls then always reach the same functions, which the
 * compiler inlines; new closures for every brief sent the optimized loop back to the interpreter
 * ("wrong call target") and left it calling them.
 */
class BriefBound implements ScoreBound {
  private readonly bounds: Uint8Array;
  private readonly cpe: Float32Array;
  private readonly wCost: number;
  private readonly byDefault: Float32Array;
  private readonly proportional: boolean;
  private readonly ratio: number;
  private readonly table: Float64Array;
  private readonly audienceBytes: Uint8Array;
  private readonly shares: Uint8Array;
  private readonly ageGenderStart: Int32Array;
  private readonly countrySource: Uint8Array;
  private readonly hasCells: boolean;
  private readonly byCells: boolean;
  private readonly cellAt: Int32Array;
  private readonly marginal: Int32Array;
  private readonly countries: number;
  private readonly slotted: boolean;
  private readonly slotAt: Int32Array;
  private readonly minMatch: number | null;
  private readonly minCountryShare: number | null;
  private readonly scale: number;
  private readonly weightSum: number;

  constructor(index: ScanIndex, plan: CompiledBrief, weights: Float64Array, weightSum: number) {
    this.weightSum = weightSum;
    this.bounds = index.componentBounds.data;
    this.cpe = index.cpeFloor.data;
    this.wCost = weights[6]!;
    this.byDefault = index.defaultBound.data;
    // The four weights as one multiple of the defaults, if they are one (0: all four weights are 0).
    const ratios = FIXED.map((c, i) => weights[2 + i]! / DEFAULT_WEIGHTS[c]);
    this.proportional = ratios.every((r) => r === ratios[0]);
    this.ratio = ratios[0]!;
    // weight × decoded byte, one table of 256 per brief-independent component (engagement, reply rate,
    // authenticity, ad fatigue): four lookups a row instead of four decodes and products. A weight of 0
    // times an unbounded byte (+∞) is NaN here as it was in the product: such a row is never skipped.
    this.table = new Float64Array(BOUND_BYTES * 256);
    for (let c = 0; c < BOUND_BYTES; c++)
      for (let q = 0; q < 256; q++) this.table[c * 256 + q] = weights[2 + c]! * DECODED[q]!;
    this.audienceBytes = index.audienceBounds.data;
    this.shares = index.audienceShares.data;
    this.ageGenderStart = index.ageGenderStart.data;
    this.countrySource = index.countrySource.data;
    const cells = plan.audience?.cells ?? null;
    this.hasCells = cells !== null;
    const genders = Int32Array.from(cells ? new Set(cells.map((c) => c % GENDERS.length)) : []);
    const ages = Int32Array.from(
      cells ? new Set(cells.map((c) => GENDERS.length + Math.floor(c / GENDERS.length))) : [],
    );
    // A segment of some genders in some age bands is bounded by its cells; one of every age band or every
    // gender, by the marginal it restricts alone (fewer roundings; the other's share is about 1). Countries
    // by their slots when every named country has one (a name the index does not know adds nothing);
    // otherwise by all and the largest.
    this.byCells = genders.length < GENDERS.length && ages.length < AGE_BANDS.length;
    this.cellAt = Int32Array.from(cells ?? []);
    this.marginal = genders.length < GENDERS.length ? genders : ages;
    const countryIds = [...(plan.audience?.countries ?? [])];
    this.countries = countryIds.length;
    this.slotted = countryIds.every((id) => id <= COUNTRY_SLOTS);
    this.slotAt = Int32Array.from(
      countryIds.filter((id) => id >= 1 && id <= COUNTRY_SLOTS).map((id) => CELLS + id - 1),
    );
    this.minMatch = plan.audience?.minMatch ?? null;
    this.minCountryShare = plan.audience?.minCountryShare ?? null;
    // Cost efficiency 1 / (1 + cpe · calibration / reference) falls as cpe grows; above the budget it is
    // multiplied by budget / price < 1. Without a positive calibration, bounded by 1.
    this.scale = plan.calibration > 0 ? plan.calibration / CPE_REFERENCE_USD : 0;
  }

  fixed(row: number): number {
    const cost = this.wCost * (this.scale > 0 ? 1 / (1 + this.cpe[row]! * this.scale) : 1);
    // 0 × +∞ is NaN here as in the tables: never skipped.
    if (this.proportional) return this.ratio * this.byDefault[row]! + cost;
    const at = row * BOUND_BYTES;
    const table = this.table;
    const bounds = this.bounds;
    return (
      table[bounds[at]!]! +
      table[256 + bounds[at + 1]!]! +
      table[512 + bounds[at + 2]!]! +
      table[768 + bounds[at + 3]!]! +
      cost
    );
  }

  /**
   * out[i − from] = fixed(row) + wAudience × audience(row) for the rows[i] of [from, to): the same bounds
   * in one loop (the scan's common case, a block at a time), with what it reads in locals and the first
   * two cells and three countries unrolled: loops of one or two turns per row cost twice the reads.
   */
  sums(rows: Int32Array, from: number, to: number, wAudience: number, out: Float64Array): void {
    const { cpe, byDefault, proportional, ratio, wCost, scale, shares } = this;
    // The segment's cells, or its one marginal, as offsets into one byte column.
    const cellBytes = this.byCells ? shares : this.audienceBytes;
    const cellStride = this.byCells ? AUDIENCE_SHARE_BYTES : AUDIENCE_BOUND_BYTES;
    const cellAt = this.byCells ? this.cellAt : this.marginal;
    const nc = this.hasCells ? cellAt.length : 0;
    const [c0 = 0, c1 = 0] = cellAt;
    // Countries: none (1), by slots (their sum; none known: 0), or by all and the largest (country()).
    const countryMode = this.countries === 0 ? 0 : this.slotted ? 1 : 2;
    const slotAt = this.slotAt;
    const ns = slotAt.length;
    const [s0 = 0, s1 = 0, s2 = 0] = slotAt;
    for (let i = from; i < to; i++) {
      const row = rows[i]!;
      const fixed = proportional
        ? ratio * byDefault[row]! + wCost * (scale > 0 ? 1 / (1 + cpe[row]! * scale) : 1)
        : this.fixed(row);
      if (wAudience === 0) {
        out[i - from] = fixed;
        continue;
      }
      let ageGender = 1;
      if (nc > 0) {
        const at = row * cellStride;
        ageGender = DECODED[cellBytes[at + c0]!]!;
        if (nc > 1) {
          ageGender += DECODED[cellBytes[at + c1]!]!;
          for (let c = 2; c < nc; c++) ageGender += DECODED[cellBytes[at + cellAt[c]!]!]!;
        }
      }
      let country = 1;
      if (countryMode === 1) {
        const at = row * AUDIENCE_SHARE_BYTES;
        country = ns > 0 ? DECODED[shares[at + s0]!]! : 0;
        if (ns > 1) {
          country += DECODED[shares[at + s1]!]!;
          if (ns > 2) {
            country += DECODED[shares[at + s2]!]!;
            for (let c = 3; c < ns; c++) country += DECODED[shares[at + slotAt[c]!]!]!;
          }
        }
      } else if (countryMode === 2) country = this.country(row);
      // min(1, match), and 1 for NaN (0 × ∞: no bound), as audience() gives.
      const match = ageGender * country;
      out[i - from] = fixed + wAudience * (match < 1 ? match : 1);
    }
  }

  audience(row: number): number {
    let ageGender = 1;
    if (this.hasCells) {
      ageGender = 0;
      if (this.byCells) {
        const base = row * AUDIENCE_SHARE_BYTES;
        const cellAt = this.cellAt;
        for (let i = 0; i < cellAt.length; i++) ageGender += DECODED[this.shares[base + cellAt[i]!]!]!;
      } else {
        const at = row * AUDIENCE_BOUND_BYTES;
        const marginal = this.marginal;
        for (let i = 0; i < marginal.length; i++) ageGender += DECODED[this.audienceBytes[at + marginal[i]!]!]!;
      }
    }
    const country = this.countries > 0 ? this.country(row) : 1;
    // The match is min(1, age-gender share × country share); 0 × ∞ (no bound) is NaN: 1.
    const match = Math.min(1, ageGender * country);
    return Number.isNaN(match) ? 1 : match;
  }

  country(row: number): number {
    if (this.slotted) {
      let share = 0;
      const base = row * AUDIENCE_SHARE_BYTES;
      const slotAt = this.slotAt;
      for (let i = 0; i < slotAt.length; i++) share += DECODED[this.shares[base + slotAt[i]!]!]!;
      return share;
    }
    const at = row * AUDIENCE_BOUND_BYTES;
    return Math.min(
      DECODED[this.audienceBytes[at + ALL_COUNTRIES]!]!,
      this.countries * DECODED[this.audienceBytes[at + TOP_COUNTRY]!]!,
    );
  }

  passes(row: number): boolean {
    // The scan's match is NaN (failing every minimum) without a distribution the brief needs.
    if (this.hasCells && this.ageGenderStart[row]! < 0) return false;
    if (this.countries > 0 && this.countrySource[row] === 0) return false;
    const base = row * AUDIENCE_SHARE_BYTES;
    let ageGender = 1;
    if (this.hasCells) {
      ageGender = 0;
      for (let i = 0; i < this.cellAt.length; i++) ageGender += LOWER[this.shares[base + this.cellAt[i]!]!]!;
    }
    // A named country without a slot adds a share ≥ 0 that this leaves out: still at most the share.
    let country = 1;
    if (this.countries > 0) {
      country = 0;
      for (let i = 0; i < this.slotAt.length; i++) country += LOWER[this.shares[base + this.slotAt[i]!]!]!;
    }
    // The margin covers the rounding of the scan's own sums and product, far below 1e-7.
    if (this.minCountryShare !== null && !(country - 1e-7 >= this.minCountryShare)) return false;
    return this.minMatch === null || Math.min(1, ageGender * country) - 1e-7 >= this.minMatch;
  }

  limit(worst: number): number {
    // Score = round6(100 · exact / weightSum): at most 5e-7 above it, and the exact and bound sums (each in
    // its own order) err by far less than 1e-9 relative. So a row cannot reach `worst` when
    // (100 · sum / weightSum)(1 + 1e-9) + 1e-6 < worst: solved for sum here and shrunk by 1e-12 relative,
    // far more than the few ulps the division and products here can err by.
    const score = (worst - 1e-6) / (1 + 1e-9);
    if (!(this.weightSum > 0) || !(score > 0)) return Number.NEGATIVE_INFINITY;
    return ((score * this.weightSum) / 100) * (1 - 1e-12);
  }
}
