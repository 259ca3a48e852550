// Keeps the derived numbers in step with the data. Phase 1 derives each account's metrics, niche
// document and categories from its facts (on worker threads for large refreshes of a SQLite file);
// then the tier benchmarks are recomputed; phase 2 adds the tier percentile and base price; finally
// the new data revision is published so a running discovery engine picks the changes up.
import type { DB } from '../../storage/connect.ts';
import { nextDataRevision, publishDataRevision } from '../../storage/discovery/data-revision.ts';
import { saveAccountDocuments } from '../../storage/discovery/save-account-documents.ts';
import { saveAccountMetrics } from '../../storage/vetting/save-account-metrics.ts';
import { loadAccountFactsBatch } from '../../storage/vetting/load-account-facts.ts';
import { refreshTierBenchmarks } from '../../storage/vetting/tier-benchmarks.ts';
import { applyTierDerivations } from './apply-tier-derivations.ts';
import { deriveAccount } from './derive-account.ts';
import { deriveInWorkers } from './derive-in-workers.ts';
import type { DerivedRows } from './derived-rows.ts';

export const REFRESH_BATCH = 500;
/** Below this many accounts, worker threads cost more to start than they save. */
export const PARALLEL_ABOVE = 20_000;
/** Accounts a metrics worker reads and derives at a time. */
const WORKER_BATCH = 1_000;

export interface RefreshOptions {
  now?: Date;
  onProgress?: (done: number, total: number) => void;
  /** The SQLite file behind `db`: large refreshes then read and derive on worker threads. */
  sqliteFile?: string;
  /**
   * Above this many accounts (and with sqliteFile) derive on worker threads; default PARALLEL_ABOVE.
   * A refresh inside the running server passes 0: its event loop keeps answering requests.
   */
  parallelAbove?: number;
  /**
   * Accounts written per transaction when deriving on workers (default 1,000, one worker batch).
   * A bulk build passes more: each term's postings then land in its B-tree page once per
   * transaction instead of once per batch, which is what makes a million-account refresh scale.
   * A refresh beside a running server keeps the default (short write locks).
   */
  writeBatch?: number;
  /**
   * Accounts whose phase 1 is already written (by the demo world's generation workers, which derive
   * it from the rows they make): they join phase 2 under this refresh's revision, as if derived here.
   */
  derived?: readonly number[];
}

export async function refreshAccountMetrics(
  db: DB,
  accountIds: readonly number[],
  options: RefreshOptions = {},
): Promise<number> {
  if (accountIds.length === 0 && !options.derived?.length) return 0;
  const now = options.now ?? new Date();
  const revision = await nextDataRevision(db);
  // Published even when the refresh fails: the rows written so far are whole (one transaction per batch),
  // and an open reservation would hold every later revision back until this process exits.
  try {
    return await deriveAndWrite(db, accountIds, options, now, revision);
  } finally {
    await publishDataRevision(db, revision);
  }
}

async function deriveAndWrite(
  db: DB,
  accountIds: readonly number[],
  options: RefreshOptions,
  now: Date,
  revision: number,
): Promise<number> {
  let done = 0;
  const write = async (rows: DerivedRows[]) => {
    await db.transaction().execute(async (trx) => {
      await saveAccountMetrics(
        trx,
        rows.map((r) => r.metrics),
      );
      await saveAccountDocuments(
        trx,
        rows.map((r) => ({ accountId: r.accountId, terms: new Map(r.terms), niches: r.niches })),
      );
    });
    done += rows.length;
    options.onProgress?.(done, accountIds.length);
  };
  if (
    options.sqliteFile &&
    options.sqliteFile !== ':memory:' &&
    accountIds.length > (options.parallelAbove ?? PARALLEL_ABOVE)
  ) {
    const writeBatch = options.writeBatch ?? WORKER_BATCH;
    let pending: DerivedRows[] = [];
    await deriveInWorkers({ file: options.sqliteFile, now: now.getTime() }, accountIds, {
      workers: 2,
      batch: WORKER_BATCH,
      write: async (rows) => {
        pending.push(...rows);
        if (pending.length < writeBatch) return;
        const full = pending;
        pending = [];
        await write(full);
      },
    });
    if (pending.length > 0) await write(pending);
  } else {
    for (let i = 0; i < accountIds.length; i += REFRESH_BATCH) {
      const loaded = await loadAccountFactsBatch(db, accountIds.slice(i, i + REFRESH_BATCH), now, { audiences: false });
      await write(
        loaded.map((l) => {
          const d = deriveAccount(l, now);
          return { accountId: d.accountId, metrics: d.metrics, terms: [...d.document.terms], niches: d.niches };
        }),
      );
    }
  }
  await refreshTierBenchmarks(db);
  const derived = options.derived ?? [];
  const ranked = derived.length > 0 ? [...accountIds, ...derived].sort((a, b) => a - b) : accountIds;
  await applyTierDerivations(db, ranked, revision);
  return done + derived.length;
}
