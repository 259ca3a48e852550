// What a scan worker is sent: the shared column arrays as they are when the scan begins (growing a
// column later gives the index a new buffer and leaves these as they were), the row and removal
// counts of that moment, the posting lists the brief reads, and the compiled brief without its
// Postings objects. Only SharedArrayBuffers travel: no row is copied.
import type { CompiledBrief, QueryTerm } from './compile-brief.ts';
import type { DiscoveryIndex, Postings } from './discovery-index.ts';
import { Growable } from './growable.ts';
import { DICTIONARY_NAMES, type ColumnName, type ScanIndex } from './scan-index.ts';

type Typed = Float64Array | Float32Array | Int32Array | Uint8Array | Uint16Array | Uint32Array;
type Dictionary = (typeof DICTIONARY_NAMES)[number];

export interface ScanJob {
  columns: Record<string, Typed>;
  rows: number;
  writes: number;
  averageDocLength: number;
  dictionaries: Record<Dictionary, number>;
  /** [term id, rows, weights, length, df] of each query term found in the index. */
  postings: [number, Int32Array, Uint16Array, number, number][];
  /** [category id, rows, length] of each category the brief asks for. */
  categories: [number, Int32Array, number][];
  plan: Omit<CompiledBrief, 'terms'> & { terms: Omit<QueryTerm, 'postings'>[] };
}

/** Taken on the thread that writes the index, between two writes: the index as it is now. */
export function scanJobOf(index: DiscoveryIndex, plan: CompiledBrief): ScanJob {
  const columns: Record<string, Typed> = {};
  for (const [name, value] of Object.entries(index)) if (value instanceof Growable) columns[name] = value.data;
  const postings: ScanJob['postings'] = [];
  for (const t of plan.terms)
    if (t.id !== undefined && t.postings)
      postings.push([t.id, t.postings.rows.data, t.postings.weights.data, t.postings.rows.length, t.postings.df]);
  const categories: ScanJob['categories'] = [];
  for (const id of plan.categories ?? []) {
    const rows = index.categoryRows.get(id);
    if (rows) categories.push([id, rows.data, rows.length]);
  }
  return {
    columns,
    rows: index.rows,
    writes: index.writes,
    averageDocLength: index.averageDocLength,
    dictionaries: Object.fromEntries(
      DICTIONARY_NAMES.map((d) => [d, index[d].values.length]),
    ) as ScanJob['dictionaries'],
    postings,
    categories,
    plan: { ...plan, terms: plan.terms.map(({ postings: _, ...term }) => term) },
  };
}

/** On the worker: the index and brief a scan reads, as views over the shared arrays of the job. */
export function openScanJob(job: ScanJob): { index: ScanIndex; plan: CompiledBrief } {
  const columns = Object.fromEntries(
    Object.entries(job.columns).map(([name, data]) => [name, Growable.over(data, job.rows)]),
  ) as Pick<DiscoveryIndex, ColumnName>;
  const postings = new Map<number, Postings>(
    job.postings.map(([id, rows, weights, length, df]) => [
      id,
      // (typed as the index's own arrays: the views are over the same shared memory)
      {
        rows: Growable.over(rows as Int32Array<ArrayBuffer>, length),
        weights: Growable.over(weights as Uint16Array<ArrayBuffer>, length),
        df,
      },
    ]),
  );
  const sized = (length: number) => ({ values: { length } });
  const index: ScanIndex = {
    ...columns,
    categoryRows: new Map(
      job.categories.map(([id, rows, length]) => [id, Growable.over(rows as Int32Array<ArrayBuffer>, length)]),
    ),
    countries: sized(job.dictionaries.countries),
    languages: sized(job.dictionaries.languages),
    brands: sized(job.dictionaries.brands),
    categories: sized(job.dictionaries.categories),
    rows: job.rows,
    averageDocLength: job.averageDocLength,
    writes: job.writes,
  };
  const terms = job.plan.terms.map((t) => ({ ...t, postings: t.id === undefined ? undefined : postings.get(t.id) }));
  return { index, plan: { ...job.plan, terms } };
}
