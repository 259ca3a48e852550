// Group commit for webhook deliveries. Each delivery is processed and stored raw with its outcome, in a
// transaction shared with the deliveries that arrived meanwhile (a batch with a failing delivery is run
// again with each delivery in its own savepoint, so the failure is stored with it); the
// promise of each resolves only after COMMIT. With SQLite synchronous=FULL one fsync then covers a whole batch, so
// every 200 is sent for a delivery (and its order) that is on disk, at thousands per second.
import type { Kysely } from 'kysely';
import type { Database, DeliveryOutcome, StorePlatform } from '../../storage/schema.ts';
import type { DeliveryAction } from './parse-delivery.ts';
import { storeUnprocessed } from './store-unprocessed.ts';
import { ProcessingFailed, writeDelivery } from './write-delivery.ts';

export interface DeliveryJob {
  workspaceId: number;
  platform: StorePlatform;
  topic: string;
  externalId: string | null;
  headers: Record<string, string>;
  body: string;
  bodyBytes: number;
  bodyTruncated: boolean;
  signatureOk: boolean;
  /** A platform's ping (WooCommerce, when a webhook is saved): stored as ignored even without a signature. */
  ping?: boolean;
  /** Absent when the signature failed: such a delivery is stored, never processed. */
  action: DeliveryAction | null;
  receivedAt: number;
}

export interface DeliveryResult {
  /** null for an unsigned delivery that was counted but not kept in the sample. */
  deliveryId: number | null;
  outcome: DeliveryOutcome;
  error: string | null;
  orderId: number | null;
}

export interface WriterOptions {
  /** Deliveries committed together (one fsync). */
  maxBatch?: number;
  beforeBatch?: () => Promise<void> | void;
  /** Tries of a delivery alone after its batch failed (backoff 25 ms doubling, at most 1 s). */
  attempts?: number;
  log?: (line: string) => void;
}

export class DeliveryWriter {
  private queue: { job: DeliveryJob; resolve: (r: DeliveryResult) => void; reject: (e: unknown) => void }[] = [];
  private draining: Promise<void> | null = null;
  /** Batches committed and deliveries in them, plus time spent in them (for the bench). */
  readonly stats = { batches: 0, deliveries: 0, ms: 0, commitMs: 0 };

  /**
   * `options.beforeBatch` runs before each batch's transaction: the runtime writes the clicks its redirects
   * already answered, so an order that carries such a click id finds it (rule 3), however soon it
   * arrives after the redirect.
   */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: WriterOptions = {},
  ) {}

  submit(job: DeliveryJob): Promise<DeliveryResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.draining ??= new Promise<void>((done) => setImmediate(done)).then(() => this.drain());
    });
  }

  /** Resolves when everything submitted so far is committed. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.options.maxBatch ?? 256);
        try {
          await this.options.beforeBatch?.();
          const started = performance.now();
          const jobs = batch.map((b) => b.job);
          // Optimistic: the whole batch without a savepoint per delivery; when one delivery's processing
          // fails, nothing of the batch was committed, and it runs again with each delivery isolated.
          const results = await this.writeBatch(jobs, false).catch((error: unknown) => {
            if (!(error instanceof ProcessingFailed)) throw error;
            return this.writeBatch(jobs, true);
          });
          this.stats.batches += 1;
          this.stats.deliveries += batch.length;
          this.stats.ms += performance.now() - started;
          batch.forEach((b, i) => b.resolve(results[i]!));
        } catch (error) {
          // The shared transaction failed (e.g. SQLITE_BUSY, a full disk): each delivery gets its own
          // chance, and one that still cannot be processed is stored unprocessed, for replay.
          for (const b of batch) {
            try {
              b.resolve(await this.writeAlone(b.job));
            } catch (alone) {
              b.reject(alone);
            }
          }
        }
      }
    } finally {
      this.draining = null;
    }
  }

  /**
   * One delivery in its own transaction, retried with backoff while the database refuses (another
   * writer holds the lock, SQLITE_BUSY); at the end it is stored unprocessed, for replay.
   */
  private async writeAlone(job: DeliveryJob): Promise<DeliveryResult> {
    let last: unknown;
    for (let attempt = 0; attempt < (this.options.attempts ?? 8); attempt++) {
      try {
        return (await this.writeBatch([job]))[0]!;
      } catch (error) {
        last = error;
        if (!isTransient(error)) break;
        this.options.log?.(`[webhook] delivery not stored yet (attempt ${attempt + 1}): ${(error as Error).message}`);
        await new Promise((r) => setTimeout(r, Math.min(1_000, 25 * 2 ** attempt)));
      }
    }
    if (!job.signatureOk) throw last;
    return storeUnprocessed(this.db, job, (last as Error).message);
  }

  private async writeBatch(jobs: DeliveryJob[], isolate = true): Promise<DeliveryResult[]> {
    const trx = await this.db.startTransaction().execute();
    try {
      const results: DeliveryResult[] = [];
      for (const job of jobs) results.push(await writeDelivery(trx, job, isolate));
      const committing = performance.now();
      await trx.commit().execute();
      this.stats.commitMs += performance.now() - committing;
      return results;
    } catch (error) {
      await trx.rollback().execute();
      throw error;
    }
  }
}

/** Another writer holds the lock (SQLite), or Postgres gave up on a conflict: worth trying again. */
const isTransient = (error: unknown) =>
  ['SQLITE_BUSY', 'SQLITE_LOCKED', '40001', '40P01', '55P03'].includes(String((error as { code?: unknown }).code));
