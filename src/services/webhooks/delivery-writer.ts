// Group commit for webhook deliveries. Each delivery is processed and stored raw with its outcome, in a
// transaction shared with the deliveries that arrived meanwhile (a batch with a failing delivery is run
// again with each delivery in its own savepoint, so the failure is stored with it); the
// promise of each resolves only after COMMIT. With SQLite synchronous=FULL one fsync then covers a whole batch, so
// every 200 is sent for a delivery (and its order) that is on disk, at thousands per second. On a SQLite
// file the batches are written by a worker thread (off-thread-batches.ts): this thread reads and verifies
// the next requests while a batch is written and fsynced.
import type { Kysely } from 'kysely';
import type { Database, DeliveryOutcome, StorePlatform } from '../../storage/schema.ts';
import type { DeliveryAction } from './parse-delivery.ts';
import { type BatchOutcome, commitBatch } from './commit-batch.ts';
import { OffThreadBatches, offThreadSetup } from './off-thread-batches.ts';

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
  /**
   * On a SQLite file, write batches in a worker thread with its own connection (off-thread-batches.ts),
   * so statements and fsyncs do not stop this thread. Elsewhere (Postgres, in-memory SQLite), and when
   * false, batches run here.
   */
  offThread?: boolean;
}

type Queued = { job: DeliveryJob; resolve: (r: DeliveryResult) => void; reject: (e: unknown) => void };

export class DeliveryWriter {
  private queue: Queued[] = [];
  private draining: Promise<void> | null = null;
  /** Decided on the first batch (it depends on the database); null: batches run on this thread. */
  private worker: Promise<OffThreadBatches | null> | undefined;
  /** The same, once decided. */
  private thread: OffThreadBatches | null | undefined;
  /**
   * Batches committed and deliveries in them, plus time spent in them (for the bench); `threadStatements`:
   * statements run by the worker thread (the main connection's plugins do not see them).
   */
  readonly stats = { batches: 0, deliveries: 0, ms: 0, commitMs: 0, threadStatements: 0 };

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

  /** Waits for everything submitted, then ends the worker thread, if any. */
  async close(): Promise<void> {
    await this.idle();
    await (await this.worker)?.close();
  }

  private async drain(): Promise<void> {
    try {
      let batch = this.take();
      let running: Promise<BatchOutcome> | null = this.start(batch);
      while (running) {
        let outcome: BatchOutcome | null = null;
        let failure: unknown;
        try {
          outcome = await running;
        } catch (error) {
          failure = error;
        }
        // The next batch (what arrived during this one) is sent before this one's requests are answered:
        // answering them takes this thread a while, and the writer would wait idle for it.
        const done = batch;
        batch = this.take();
        running = batch.length > 0 ? this.start(batch) : null;
        if (outcome) this.settle(done, outcome);
        // Not even the fallback could run (the worker thread died with the batch in flight; clicks
        // could not be written first): the store sends these deliveries again (a 503).
        else for (const b of done) b.reject(failure);
      }
    } finally {
      this.draining = null;
    }
  }

  private take(): Queued[] {
    return this.queue.splice(0, this.options.maxBatch ?? 256);
  }

  /** Writes the clicks first (when any wait), then commits the batch; without a click to write, at once. */
  private start(batch: Queued[]): Promise<BatchOutcome> {
    const jobs = batch.map((b) => b.job);
    let before: Promise<void> | void;
    try {
      before = this.options.beforeBatch?.();
    } catch (error) {
      return Promise.reject(error);
    }
    return before ? before.then(() => this.commit(jobs)) : this.commit(jobs);
  }

  private settle(batch: Queued[], outcome: BatchOutcome): void {
    if (outcome.grouped) {
      this.stats.batches += 1;
      this.stats.deliveries += batch.length;
      this.stats.ms += outcome.ms;
    }
    this.stats.commitMs += outcome.commitMs;
    batch.forEach((b, i) => {
      const settled = outcome.settled[i]!;
      if (settled.ok) b.resolve(settled.result);
      else b.reject(Object.assign(new Error(settled.error.message), { code: settled.error.code }));
    });
  }

  /** Once the worker thread is known (after the first batch), a batch is sent to it without a turn of the event loop. */
  private commit(jobs: DeliveryJob[]): Promise<BatchOutcome> {
    if (this.thread !== undefined) return this.commitOn(this.thread, jobs);
    const { log, attempts } = this.options;
    this.worker ??= this.options.offThread
      ? offThreadSetup(this.db, attempts).then((setup) => setup && new OffThreadBatches(setup, log))
      : Promise.resolve(null);
    return this.worker.then((worker) => {
      this.thread = worker;
      return this.commitOn(worker, jobs);
    });
  }

  private async commitOn(worker: OffThreadBatches | null, jobs: DeliveryJob[]): Promise<BatchOutcome> {
    const { log, attempts } = this.options;
    if (!worker || worker.failure) return commitBatch(this.db, jobs, { log, attempts });
    const outcome = await worker.run(jobs);
    this.stats.threadStatements += outcome.statements;
    return outcome;
  }
}
