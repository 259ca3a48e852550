// Runs the delivery writer's batches in a worker thread with its own connection to the SQLite file.
// On one thread, every COMMIT's fsync (synchronous=FULL) and every statement of a batch stopped the
// event loop: no request was read or verified meanwhile. Off the thread, the next batch fills up while
// this one is written. Batches still run one after another (the writer sends the next once this one is
// answered), so the order of commits and the group-commit rules are those of commit-batch.ts.
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import type { DB } from '../../storage/connect.ts';
import { dialectOf } from '../../storage/dialect.ts';
import type { BatchOutcome } from './commit-batch.ts';
import type { DeliveryJob } from './delivery-writer.ts';

export interface WorkerSetup {
  file: string;
  synchronous: 'FULL' | 'NORMAL';
  busyTimeoutMs: number;
  attempts: number | undefined;
}

export interface BatchRequest {
  id: number;
  jobs: DeliveryJob[];
}

export type BatchReply =
  | { id: number; outcome: BatchOutcome; statements: number }
  | { id: number; failed: string }
  | { log: string };

export type OffThreadOutcome = BatchOutcome & { statements: number };

/**
 * The worker's setup when `db` is a SQLite file (same file, same durability and busy timeout as the
 * main connection); null elsewhere (Postgres, an in-memory database that another connection cannot open).
 */
export async function offThreadSetup(db: DB, attempts?: number): Promise<WorkerSetup | null> {
  if (dialectOf(db) !== 'sqlite') return null;
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  const file = rows.find((r) => r.name === 'main')?.file;
  if (!file) return null;
  const synchronous = (await sql<{ synchronous: number }>`pragma synchronous`.execute(db)).rows[0]?.synchronous;
  const busy = (await sql<{ timeout: number }>`pragma busy_timeout`.execute(db)).rows[0]?.timeout;
  return { file, synchronous: synchronous === 1 ? 'NORMAL' : 'FULL', busyTimeoutMs: busy ?? 5000, attempts };
}

export class OffThreadBatches {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (o: OffThreadOutcome) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  /** Set when the worker died: the writer then goes on on its own thread. */
  failure: Error | null = null;
  private closing = false;

  constructor(setup: WorkerSetup, log?: (line: string) => void) {
    this.worker = spawn(setup);
    // Idle, the worker does not keep the process alive; a batch in flight does.
    this.worker.unref();
    this.worker.on('message', (reply: BatchReply) => {
      if ('log' in reply) return log?.(reply.log);
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) this.worker.unref();
      if ('failed' in reply) waiter?.reject(new Error(reply.failed));
      else waiter?.resolve({ ...reply.outcome, statements: reply.statements });
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      log?.(`[webhook] delivery writer thread stopped: ${error.message}`);
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => {
      if (!this.closing) fail(new Error(`the delivery writer thread exited (${code})`));
    });
  }

  run(jobs: DeliveryJob[]): Promise<OffThreadOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ id, jobs } satisfies BatchRequest);
    });
  }

  /** Closes the worker's connection and ends it (after the batches in flight: the writer waits for them). */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.failure) return;
    const exited = new Promise<void>((done) => this.worker.once('exit', () => done()));
    this.worker.ref();
    this.worker.postMessage('stop');
    await exited;
  }
}

// Built (lib/*.js), a worker loads the compiled module directly. From the sources (tests, `npm run dev`)
// it registers tsx itself first: a worker does not inherit the loader the main thread was started with
// (the same as src/search-index/scan-pool.ts).
function spawn(setup: WorkerSetup): Worker {
  const options = { workerData: setup };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./delivery-writer-worker.js', import.meta.url), options);
  const loader = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./delivery-writer-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(loader)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { ...options, eval: true });
}
