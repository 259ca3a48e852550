// The messages between the scan pool (scan-pool.ts) and its workers (scan-worker.ts).
import type { ScanJob } from './scan-job.ts';
import type { ScanResult } from './search-index.ts';

export type ScanRequest =
  /**
   * Scan rows [from, to) of the job; `sharded`: other workers scan the other ranges and the brief has
   * query terms (report this range's best BM25, wait for the best of all before scoring).
   */
  | { type: 'scan'; id: number; job: ScanJob; from: number; to: number; sharded: boolean }
  /** The best BM25 over every range: score the candidates of scan `id`. */
  | { type: 'score'; id: number; maxText: number };

export type ScanReply =
  | { id: number; maxText: number }
  | { id: number; result: ScanResult }
  | { id: number; error: string };
