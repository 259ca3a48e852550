// The messages between the scan pool (scan-pool.ts) and its workers (scan-worker.ts).
import type { ScanJob } from './scan-job.ts';
import type { RowRange } from './scan-ranges.ts';
import type { ScanResult } from './search-index.ts';

export type ScanRequest =
  /**
   * Scan these rows of the job (ascending, disjoint ranges); `sharded`: other workers scan the other
   * rows and the brief has query terms (report the best BM25 of these rows, wait for the best of all
   * before scoring).
   */
  | { type: 'scan'; id: number; job: ScanJob; ranges: RowRange[]; sharded: boolean }
  /** The best BM25 over every range: score the candidates of scan `id`. */
  | { type: 'score'; id: number; maxText: number };

export type ScanReply =
  | { id: number; maxText: number }
  | { id: number; result: ScanResult }
  | { id: number; error: string };
