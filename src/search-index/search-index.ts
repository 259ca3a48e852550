// The scan: candidates (docs matching the niche, or every live row), the hard filters one column at
// a time over the candidates (filter-rows.ts), then the fit of each survivor and a top-k heap.
// A survivor whose score cannot reach the current k-th best even with a perfect audience match is
// counted without computing its audience (the costliest component); results are unchanged.
import { FIT_COMPONENTS } from '../core/discovery/brief.ts';
import { bm25Term } from '../core/discovery/text/bm25.ts';
import type { CompiledBrief } from './compile-brief.ts';
import type { DiscoveryIndex } from './discovery-index.ts';
import { filterRows } from './filter-rows.ts';
import { AUDIENCE_SLOT, scoreAudience, scoreTables, scoreWithoutAudience, type ScanState } from './score-row.ts';
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

function stateFor(index: DiscoveryIndex): ScanState {
  if (!scratch || scratch.text.length < index.rows) {
    const size = Math.ceil(index.rows * 1.25) + 1024;
    scratch = {
      text: new Float64Array(size),
      stamp: new Uint32Array(size),
      rows: new Int32Array(size),
      epoch: 0,
      maxText: 0,
      match: { value: 0, ageGender: 0, country: 0 },
    };
  }
  scratch.epoch += 1;
  scratch.maxText = 0;
  return scratch;
}

/** Rounded so that the SQL baseline, which sums in another order, ranks the same. */
const roundScore = (x: number) => Math.round(x * 1e6) / 1e6;

export function searchIndex(index: DiscoveryIndex, plan: CompiledBrief): ScanResult {
  const state = stateFor(index);
  const rows = state.rows;
  const n = filterRows(index, plan, rows, plan.niche ? nicheCandidates(index, plan, state) : liveRows(index, rows));
  const tables = scoreTables(index, plan);
  const top = new TopK(plan.limit);
  const components = new Float64Array(FIT_COMPONENTS.length);
  const weights = Float64Array.from(FIT_COMPONENTS, (c) => plan.weights[c]);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  // A segment match is at most 1, so a row whose score with a perfect match stays below the k-th best
  // cannot win; its audience is computed only when it decides a filter. (Lookalike similarity is a
  // product of rounded cosines that may exceed 1 by an ulp: never pruned.)
  const canPrune = plan.audience !== null && plan.audience.minMatch === null && plan.audience.minCountryShare === null;
  const accountIds = index.accountId.data;
  const scoreOf = (sum: number) => roundScore(weightSum === 0 ? 0 : (100 * sum) / weightSum);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    scoreWithoutAudience(index, plan, tables, state, row, components);
    if (canPrune && top.full()) {
      components[AUDIENCE_SLOT] = 1;
      if (scoreOf(weightedSum(weights, components)) < top.worstScore()) {
        total += 1;
        continue;
      }
    }
    const audience = scoreAudience(index, plan, tables, state, row);
    if (audience < 0) continue;
    components[AUDIENCE_SLOT] = audience;
    total += 1;
    top.offer(scoreOf(weightedSum(weights, components)), accountIds[row]!, row);
  }
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

/** Σ weight × component in FIT_COMPONENTS order (the order the score has always been summed in). */
function weightedSum(weights: Float64Array, components: Float64Array): number {
  let sum = 0;
  for (let c = 0; c < components.length; c++) sum += weights[c]! * components[c]!;
  return sum;
}

/** Every live row, in row order; returns how many. */
function liveRows(index: DiscoveryIndex, rows: Int32Array): number {
  const alive = index.alive.data;
  let n = 0;
  for (let row = 0; row < index.rows; row++) if (alive[row] === 1) rows[n++] = row;
  return n;
}

/** Rows matching the niche's terms (with their BM25 in state.text) or categories; returns how many. */
function nicheCandidates(index: DiscoveryIndex, plan: CompiledBrief, state: ScanState): number {
  const alive = index.alive.data;
  const rows = state.rows;
  let n = 0;
  const avg = index.averageDocLength || 1;
  const docLength = index.docLength.data;
  for (const t of plan.terms) {
    const p = t.postings;
    if (!p) continue;
    const postingRows = p.rows.data;
    const weights = p.weights.data;
    for (let i = 0; i < p.rows.length; i++) {
      const row = postingRows[i]!;
      if (alive[row] === 0) continue;
      const add = t.weight * bm25Term(weights[i]!, t.idf, docLength[row]!, avg);
      if (state.stamp[row] !== state.epoch) {
        state.stamp[row] = state.epoch;
        state.text[row] = add;
        rows[n++] = row;
      } else {
        state.text[row]! += add;
      }
    }
  }
  for (let i = 0; i < n; i++) if (state.text[rows[i]!]! > state.maxText) state.maxText = state.text[rows[i]!]!;
  if (plan.categories) {
    for (const category of plan.categories) {
      const categoryRows = index.categoryRows.get(category);
      if (!categoryRows) continue;
      for (let i = 0; i < categoryRows.length; i++) {
        const row = categoryRows.data[i]!;
        if (alive[row] === 0 || state.stamp[row] === state.epoch) continue;
        state.stamp[row] = state.epoch;
        state.text[row] = 0;
        rows[n++] = row;
      }
    }
  }
  return n;
}
