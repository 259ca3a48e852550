// What a scan reads of the index: its columns, the category posting lists, the live-row rule and the
// dictionary sizes (for masks). DiscoveryIndex is one; a scan worker's view over the shared columns
// (scan-job.ts) is the other, holding the row and removal counts of the moment its scan began.
import type { DiscoveryIndex } from './discovery-index.ts';
import type { Growable } from './growable.ts';

export type ColumnName = {
  [K in keyof DiscoveryIndex]: DiscoveryIndex[K] extends Growable<infer _> ? K : never;
}[keyof DiscoveryIndex];

export const DICTIONARY_NAMES = ['countries', 'languages', 'brands', 'categories'] as const;
type Sized = { readonly values: { readonly length: number } };

export type ScanIndex = Pick<DiscoveryIndex, ColumnName | 'categoryRows'> &
  Record<(typeof DICTIONARY_NAMES)[number], Sized> & {
    /** Rows the scan may read: [0, rows). */
    readonly rows: number;
    readonly averageDocLength: number;
    /** Removals the scan counts as done (see DiscoveryIndex.writes). */
    readonly writes: number;
  };

/** Whether the row is live for a scan that began at `index.writes` (the second test only for dead rows). */
export function isLiveFor(index: ScanIndex, alive: Uint8Array, row: number): boolean {
  return alive[row] === 1 || (Atomics.load(alive, row) === 0 && index.diedAt.data[row]! > index.writes);
}
