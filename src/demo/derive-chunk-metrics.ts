// Phase 1 of the metrics refresh for the accounts of a chunk just built, from its rows in memory
// (read-chunk-facts.ts) instead of from the database: the same deriveAccount, so the same rows.
import { deriveAccount } from '../services/vetting/derive-account.ts';
import type { DerivedRows } from '../services/vetting/derived-rows.ts';
import { readChunkFacts } from './read-chunk-facts.ts';
import type { RowBuffers } from './row-buffers.ts';

/** `now`: the world's asOf, the moment a metrics refresh of the world measures from. */
export function deriveChunkMetrics(buffers: RowBuffers, now: Date): DerivedRows[] {
  return readChunkFacts(buffers, now).map((loaded) => {
    const d = deriveAccount(loaded, now);
    return { accountId: d.accountId, metrics: d.metrics, terms: [...d.document.terms], niches: d.niches };
  });
}
