// One group commit of webhook deliveries on one connection: the batch in one transaction without a
// savepoint per delivery; when one delivery's processing fails, nothing of the batch was committed and
// it runs again with each delivery in its own savepoint, so the failure is stored with it. When the
// shared transaction itself fails (SQLITE_BUSY, a full disk), each delivery gets its own transaction,
// retried with backoff, and one that still cannot be processed is stored unprocessed, for replay.
// Runs on the main thread (Postgres, in-memory SQLite) or in the delivery writer's worker thread.
import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import type { DeliveryJob, DeliveryResult } from './delivery-writer.ts';
import { readEndpointsOncePerWorkspace } from './emit-event.ts';
import { storeUnprocessed } from './store-unprocessed.ts';
import { ProcessingFailed, writeDelivery } from './write-delivery.ts';

/** What became of each delivery of a batch, in order; the error of one that could not even be stored. */
export type Settled = { ok: true; result: DeliveryResult } | { ok: false; error: { message: string; code?: string } };

export interface BatchOutcome {
  settled: Settled[];
  /** True when the batch committed as one transaction (not delivery by delivery). */
  grouped: boolean;
  ms: number;
  commitMs: number;
}

export interface CommitOptions {
  /** Tries of a delivery alone after its batch failed (backoff 25 ms doubling, at most 1 s). */
  attempts?: number;
  log?: (line: string) => void;
}

export async function commitBatch(
  db: Kysely<Database>,
  jobs: DeliveryJob[],
  options: CommitOptions = {},
): Promise<BatchOutcome> {
  const started = performance.now();
  const timing = { commitMs: 0 };
  try {
    const results = await writeBatch(db, jobs, false, timing).catch((error: unknown) => {
      if (!(error instanceof ProcessingFailed)) throw error;
      return writeBatch(db, jobs, true, timing);
    });
    return {
      settled: results.map((result) => ({ ok: true, result })),
      grouped: true,
      ms: performance.now() - started,
      commitMs: timing.commitMs,
    };
  } catch {
    const settled: Settled[] = [];
    for (const job of jobs) {
      try {
        settled.push({ ok: true, result: await writeAlone(db, job, options, timing) });
      } catch (error) {
        settled.push({ ok: false, error: describe(error) });
      }
    }
    return { settled, grouped: false, ms: performance.now() - started, commitMs: timing.commitMs };
  }
}

/**
 * One delivery in its own transaction, retried with backoff while the database refuses (another
 * writer holds the lock, SQLITE_BUSY); at the end it is stored unprocessed, for replay.
 */
async function writeAlone(
  db: Kysely<Database>,
  job: DeliveryJob,
  options: CommitOptions,
  timing: { commitMs: number },
): Promise<DeliveryResult> {
  let last: unknown;
  for (let attempt = 0; attempt < (options.attempts ?? 8); attempt++) {
    try {
      return (await writeBatch(db, [job], true, timing))[0]!;
    } catch (error) {
      last = error;
      if (!isTransient(error)) break;
      options.log?.(`[webhook] delivery not stored yet (attempt ${attempt + 1}): ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, Math.min(1_000, 25 * 2 ** attempt)));
    }
  }
  if (!job.signatureOk) throw last;
  return storeUnprocessed(db, job, (last as Error).message);
}

async function writeBatch(
  db: Kysely<Database>,
  jobs: DeliveryJob[],
  isolate: boolean,
  timing: { commitMs: number },
): Promise<DeliveryResult[]> {
  const trx = await db.startTransaction().execute();
  // Nothing a delivery does adds or changes an outgoing endpoint: one read per workspace serves the batch.
  readEndpointsOncePerWorkspace(trx);
  try {
    const results: DeliveryResult[] = [];
    for (const job of jobs) results.push(await writeDelivery(trx, job, isolate));
    const committing = performance.now();
    await trx.commit().execute();
    timing.commitMs += performance.now() - committing;
    return results;
  } catch (error) {
    await trx.rollback().execute();
    throw error;
  }
}

/** Another writer holds the lock (SQLite), or Postgres gave up on a conflict: worth trying again. */
const isTransient = (error: unknown) =>
  ['SQLITE_BUSY', 'SQLITE_LOCKED', '40001', '40P01', '55P03'].includes(String((error as { code?: unknown }).code));

/** An error as data: it may cross a thread boundary (structured clone keeps no class). */
const describe = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  return { message: (error as Error).message ?? String(error), ...(typeof code === 'string' ? { code } : {}) };
};
