// Group commit for webhook deliveries. Each delivery is processed inside its own savepoint and stored
// raw with its outcome, in a transaction shared with the deliveries that arrived meanwhile; the
// promise of each resolves only after COMMIT. With SQLite synchronous=FULL one fsync then covers a whole batch, so
// every 200 is sent for a delivery (and its order) that is on disk, at thousands per second.
import type { Kysely } from 'kysely';
import type { Database, DeliveryOutcome, StorePlatform } from '../../storage/schema.ts';
import type { DeliveryAction } from './parse-delivery.ts';
import { storeUnprocessed } from './store-unprocessed.ts';
import { writeDelivery } from './write-delivery.ts';

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

export class DeliveryWriter {
  private queue: { job: DeliveryJob; resolve: (r: DeliveryResult) => void; reject: (e: unknown) => void }[] = [];
  private draining: Promise<void> | null = null;
  /** Batches committed and deliveries in them, plus time spent in them (for the bench). */
  readonly stats = { batches: 0, deliveries: 0, ms: 0, commitMs: 0 };

  constructor(private readonly db: Kysely<Database>, private readonly maxBatch = 256) {}

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
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          const started = performance.now();
          const results = await this.writeBatch(batch.map((b) => b.job));
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

  private async writeAlone(job: DeliveryJob): Promise<DeliveryResult> {
    try {
      return (await this.writeBatch([job]))[0]!;
    } catch (error) {
      if (!job.signatureOk) throw error;
      return storeUnprocessed(this.db, job, (error as Error).message);
    }
  }

  private async writeBatch(jobs: DeliveryJob[]): Promise<DeliveryResult[]> {
    const trx = await this.db.startTransaction().execute();
    try {
      const results: DeliveryResult[] = [];
      for (const job of jobs) results.push(await writeDelivery(trx, job));
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
