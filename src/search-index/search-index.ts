// The scan: candidates (docs matching the niche, or every live row), the hard filters one column at
// a time over the candidates (filter-rows.ts), then the fit of each survivor and a top-k heap.
// A survivor whose score cannot reach the current k-th best (a bound from compact columns, with a
// perfect audience match unless the audience decides a filter) is counted without being scored.
// In two steps, so that a range of rows can be scanned on its own (one shard per scan worker): the
// candidates of the range with their best BM25 (collectCandidates), then, with the best BM25 of every
// range, their scores and the range's top k (scoreCandidates). Merging the ranges' tops gives the
// answer of one scan over every row (merge-scans.ts).
import { FIT_COMPONENTS } from '../core/discovery/brief.ts';
import { bm25Term } from '../core/discovery/text/bm25.ts';
import type { CompiledBrief } from './compile-brief.ts';
import { filterRows, liveRowsPassing } from './filter-rows.ts';
import { scoreBoundOf, type ScoreBound } from './score-bound.ts';
import { isLiveFor, type ScanIndex } from './scan-index.ts';
import { rangesUpTo, type RowRange } from './scan-ranges.ts';
import {
  AUDIENCE_SLOT,
  nicheComponent,
  scoreAudience,
  scoreTables,
  scoreWithoutAudience,
  type ScanState,
} from './score-row.ts';
import { TopK } from './top-k.ts';

export type { ScanState } from './score-row.ts';

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
/** keepBest's block of bound sums (one scan at a time per thread). */
const SUMS = new Float64Array(1024);

function stateFor(index: ScanIndex): ScanState {
  if (!scratch || scratch.text.length < index.rows) {
    const size = Math.ceil(index.rows * 1.25) + 1024;
    scratch = {
      text: new Float64Array(size),
      stamp: new Uint32Array(size),
      rows: new Int32Array(size),
      bits: new Int32Array((size >>> 5) + 1),
      epoch: 0,
      maxText: 0,
      match: { value: 0, ageGender: 0, country: 0 },
    };
  }
  scratch.epoch += 1;
  scratch.maxText = 0;
  // The match parts of a brief without an audience are never read; zeroed, they do not depend on which
  // scans this thread ran before (a pool worker's history differs from this thread's).
  scratch.match.value = scratch.match.ageGender = scratch.match.country = 0;
  return scratch;
}

/** Rounded so that the SQL baseline, which sums in another order, ranks the same. */
const roundScore = (x: number) => Math.round(x * 1e6) / 1e6;

/** One scan over every row the index has (of those the brief's ranges hold). */
export function searchIndex(index: ScanIndex, plan: CompiledBrief): ScanResult {
  const candidates = collectCandidates(index, plan, rangesUpTo(plan.ranges, index.rows));
  return scoreCandidates(index, plan, candidates, candidates.maxText);
}

/** The rows of the ranges passing the hard filters, in this thread's scratch state (valid until the next scan). */
export interface Candidates {
  state: ScanState;
  n: number;
  /** The best BM25 among the range's niche candidates, before the filters (0 without query terms). */
  maxText: number;
}

/** `ranges`: ascending, disjoint and within the scan's rows (rangesUpTo, splitRanges). */
export function collectCandidates(index: ScanIndex, plan: CompiledBrief, ranges: readonly RowRange[]): Candidates {
  const state = stateFor(index);
  const rows = state.rows;
  // Without a niche every live row is a candidate: the first filters run in the pass that finds them.
  let n = 0;
  if (plan.niche) {
    for (const [from, to] of ranges) n = nicheCandidates(index, plan, state, from, to, n);
    // The best BM25 before the filters (the niche component is relative to it: the ranges of a brief with
    // query terms hold every row, compile-brief.ts).
    state.maxText = bestText(state, n);
    n = filterRows(index, plan, rows, inRowOrder(rows, n, state.bits));
  } else {
    for (const [from, to] of ranges) n = liveRowsPassing(index, plan, rows, from, to, n);
    n = filterRows(index, plan, rows, n, true);
  }
  return { state, n, maxText: state.maxText };
}

/**
 * The best BM25 of the candidates rows[0..n). A function of its own: a hot loop inside collectCandidates was
 * compiled on its own (on-stack replacement) before the code after it had run, and in the scan workers
 * that code left the compiled loop for the interpreter on most scans.
 */
function bestText(state: ScanState, n: number): number {
  const { rows, text } = state;
  let best = state.maxText;
  for (let i = 0; i < n; i++) if (text[rows[i]!]! > best) best = text[rows[i]!]!;
  return best;
}

/** Scores the candidates with `maxText`, the best BM25 over every range scanned, and keeps the top k. */
export function scoreCandidates(
  index: ScanIndex,
  plan: CompiledBrief,
  candidates: Candidates,
  maxText: number,
): ScanResult {
  const { state, n } = candidates;
  state.maxText = maxText;
  const rows = state.rows;
  const tables = scoreTables(index, plan);
  const top = new TopK(plan.limit);
  const components = new Float64Array(FIT_COMPONENTS.length);
  const weights = Float64Array.from(FIT_COMPONENTS, (c) => plan.weights[c]);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  // Once k rows are kept, a row is first tested on a bound of its score from a few compact columns
  // (score-bound.ts) with its exact niche and audience, or a bound of its segment match from the
  // audience's shares per gender, age band and of all countries: the audience of a row that cannot win
  // is computed only when it decides a filter.
  const audienceFirst =
    plan.similarTo !== null ||
    (plan.audience !== null && (plan.audience.minMatch !== null || plan.audience.minCountryShare !== null));
  const bound = scoreBoundOf(index, plan, weights, weightSum);
  const scoring: Scoring = { index, plan, tables, state, top, components, weights, weightSum, bound, sums: SUMS };
  // Each case in a loop of its own: fewer tests per row, and the common case counts every candidate.
  const total = audienceFirst ? keepBestAudienceFirst(scoring, rows, n) : keepBest(scoring, rows, n);
  // Details of the winners are taken now, while the scratch state still belongs to this query.
  const winners = top.sorted().map((t) => {
    scoreWithoutAudience(index, plan, tables, state, t.row, components);
    components[AUDIENCE_SLOT] = scoreAudience(index, plan, tables, state, t.row);
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

/** What the loops below share (one scan's). */
interface Scoring {
  index: ScanIndex;
  plan: CompiledBrief;
  tables: ReturnType<typeof scoreTables>;
  state: ScanState;
  top: TopK;
  components: Float64Array;
  weights: Float64Array;
  weightSum: number;
  bound: ScoreBound;
  /** Scratch for a block of bound sums (keepBest). */
  sums: Float64Array;
}

/** Scores the row exactly and offers it to the top k; the audience component is given or computed. */
function offer(s: Scoring, row: number, audience: number | null): void {
  scoreWithoutAudience(s.index, s.plan, s.tables, s.state, row, s.components);
  s.components[AUDIENCE_SLOT] = audience ?? scoreAudience(s.index, s.plan, s.tables, s.state, row);
  const sum = weightedSum(s.weights, s.components);
  s.top.offer(roundScore(s.weightSum === 0 ? 0 : (100 * sum) / s.weightSum), s.index.accountId.data[row]!, row);
}

/**
 * Without an audience filter every candidate counts. Once k rows are kept, a row is scored only when a
 * bound of its weighted sum (its exact niche, and a bound of the rest from compact columns, a block of
 * rows at a time: score-bound.ts) reaches `limit`, the sum below which no row can reach the k-th best.
 */
function keepBest(s: Scoring, rows: Int32Array, n: number): number {
  const { index, plan, tables, state, top, bound } = s;
  const wNiche = s.weights[0]!;
  // Without a segment the audience component is 0 (no lookalike here: that is audience-first).
  const wAudience = plan.audience !== null ? s.weights[AUDIENCE_SLOT]! : 0;
  const niche = plan.niche;
  const sums = s.sums;
  let i = 0;
  for (; i < n && !top.full(); i++) offer(s, rows[i]!, null);
  let limit = bound.limit(top.worstScore());
  for (let from = i; from < n; from += sums.length) {
    const to = Math.min(n, from + sums.length);
    bound.sums(rows, from, to, wAudience, sums);
    for (let j = from; j < to; j++) {
      const rest = sums[j - from]!;
      // The niche component is at most 1: most rows fail before it is read.
      if (rest + (niche ? wNiche : 0) < limit) continue;
      const row = rows[j]!;
      if (niche && rest + wNiche * nicheComponent(index, plan, tables, state, row) < limit) continue;
      offer(s, row, null);
      limit = bound.limit(top.worstScore());
    }
  }
  return n;
}

/**
 * With a minimum match or country share (or a lookalike, whose similarity is a product of rounded
 * cosines that may exceed 1 by an ulp), the audience decides whether a row counts. A bound of it rules
 * out a row that fails the minimum exactly too; a lower bound counts a row that surely passes, scored
 * only if it can enter the top k; the rest are computed first.
 */
function keepBestAudienceFirst(s: Scoring, rows: Int32Array, n: number): number {
  const { index, plan, tables, state, top, bound } = s;
  const wNiche = s.weights[0]!;
  const wAudience = s.weights[AUDIENCE_SLOT]!;
  const minMatch = plan.audience?.minMatch ?? null;
  const minCountryShare = plan.audience?.countries ? (plan.audience.minCountryShare ?? null) : null;
  const segment = plan.similarTo === null;
  let total = 0;
  let limit = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    if (minMatch !== null && bound.audience(row) < minMatch) continue;
    if (minCountryShare !== null && bound.country(row) < minCountryShare) continue;
    if (segment && bound.passes(row)) {
      total += 1;
      if (top.full()) {
        const known = (plan.niche ? wNiche * nicheComponent(index, plan, tables, state, row) : 0) + bound.fixed(row);
        if (known + wAudience < limit || known + wAudience * bound.audience(row) < limit) continue;
      }
      offer(s, row, null);
      if (top.full()) limit = bound.limit(top.worstScore());
      continue;
    }
    const audience = scoreAudience(index, plan, tables, state, row);
    if (audience < 0) continue;
    total += 1;
    if (top.full()) {
      const niche = plan.niche ? nicheComponent(index, plan, tables, state, row) : 0;
      if (wNiche * niche + bound.fixed(row) + wAudience * audience < limit) continue;
    }
    offer(s, row, audience);
    if (top.full()) limit = bound.limit(top.worstScore());
  }
  return total;
}

/** Σ weight × component in FIT_COMPONENTS order (the order the score has always been summed in). */
function weightedSum(weights: Float64Array, components: Float64Array): number {
  let sum = 0;
  for (let c = 0; c < components.length; c++) sum += weights[c]! * components[c]!;
  return sum;
}

/**
 * Appends to rows[0..n) the rows of [from, to) matching the niche's terms (with their BM25 in state.text)
 * or categories; returns the new count. Posting lists hold rows in ascending order, so a range starts at
 * a binary search.
 */
function nicheCandidates(
  index: ScanIndex,
  plan: CompiledBrief,
  state: ScanState,
  from: number,
  to: number,
  n: number,
): number {
  const alive = index.alive.data;
  const rows = state.rows;
  const avg = index.averageDocLength || 1;
  const docLength = index.docLength.data;
  const { stamp, text, epoch } = state;
  for (const t of plan.terms) {
    const p = t.postings;
    if (!p) continue;
    const postingRows = p.rows.data;
    const weights = p.weights.data;
    const { weight, idf } = t;
    const end = firstAtLeast(postingRows, p.rows.length, to);
    for (let i = firstAtLeast(postingRows, end, from); i < end; i++) {
      const row = postingRows[i]!;
      if (alive[row] !== 1 && !isLiveFor(index, alive, row)) continue;
      const add = weight * bm25Term(weights[i]!, idf, docLength[row]!, avg);
      if (stamp[row] !== epoch) {
        stamp[row] = epoch;
        text[row] = add;
        rows[n++] = row;
      } else {
        text[row]! += add;
      }
    }
  }
  if (plan.categories) {
    for (const category of plan.categories) {
      const categoryRows = index.categoryRows.get(category);
      if (!categoryRows) continue;
      for (let i = firstAtLeast(categoryRows.data, categoryRows.length, from); i < categoryRows.length; i++) {
        const row = categoryRows.data[i]!;
        if (row >= to) break;
        if (!isLiveFor(index, alive, row) || state.stamp[row] === state.epoch) continue;
        state.stamp[row] = state.epoch;
        state.text[row] = 0;
        rows[n++] = row;
      }
    }
  }
  return n;
}

/**
 * Sorts rows[0..n) (distinct rows) ascending through a bitmap of the rows: the filters and the scoring
 * then read every column forwards instead of jumping between posting lists, several times faster
 * for a few per cent of a million rows. The bitmap is left zeroed.
 */
function inRowOrder(rows: Int32Array, n: number, bits: Int32Array): number {
  if (n < 2) return n;
  let low = rows[0]!;
  let high = low;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    bits[row >>> 5]! |= 1 << (row & 31);
    if (row < low) low = row;
    else if (row > high) high = row;
  }
  let m = 0;
  for (let word = low >>> 5; word <= high >>> 5; word++) {
    let w = bits[word]!;
    if (w === 0) continue;
    bits[word] = 0;
    while (w !== 0) {
      const lowest = w & -w;
      rows[m++] = (word << 5) + 31 - Math.clz32(lowest);
      w ^= lowest;
    }
  }
  return m;
}

/** The first position of the ascending `values[0..length)` holding a value ≥ `target`. */
function firstAtLeast(values: Int32Array, length: number, target: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
