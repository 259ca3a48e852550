// Discovery scans off the main thread: a small pool of worker threads reads the index's shared
// columns (growable.ts), each scanning one range of rows and keeping that range's top k; this thread
// merges them (merge-scans.ts). Answers are exactly those of one scan on this thread (the equivalence
// test runs through the pool). Writes stay on this thread; a scan reads the index as it was when the
// scan began (see discovery-index.ts). Scans run one after another, each spread over every worker,
// so a worker holds one scan's scratch state at a time.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CompiledBrief } from './compile-brief.ts';
import type { DiscoveryIndex } from './discovery-index.ts';
import { mergeScans } from './merge-scans.ts';
import { scanJobOf, type ScanJob } from './scan-job.ts';
import { rangesUpTo, splitRanges } from './scan-ranges.ts';
import type { ScanReply, ScanRequest } from './scan-messages.ts';
import { searchIndex, type ScanResult } from './search-index.ts';

export interface ScanPoolOptions {
  /**
   * Worker threads; 0 scans on the calling thread. Default: defaultScanThreads() (every core up to 2,
   * then one core left to the calling thread).
   */
  threads?: number;
  /**
   * Indexes with fewer rows are scanned on the calling thread: such a scan takes about a millisecond,
   * less than starting a worker, and a process that never holds a large index never starts one.
   */
  minRows?: number;
}

export const DEFAULT_SCAN_MIN_ROWS = 10_000;

/**
 * Scan workers for a machine of `cores`: on two cores both scan (each brief split in half: at 1M
 * accounts a lower p95 than one worker, measured idle and loaded, docs/scaling.md); with more, one
 * core is left to the calling thread (redirects, webhooks).
 */
export const defaultScanThreads = (cores: number) => Math.max(1, cores <= 2 ? cores : cores - 1);

interface Slot {
  worker: Worker;
  waiter: { resolve: (reply: ScanReply) => void; reject: (error: Error) => void } | null;
}

export class ScanPool {
  readonly threads: number;
  readonly minRows: number;
  private slots: Slot[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(options: ScanPoolOptions = {}) {
    this.threads = options.threads ?? defaultScanThreads(availableParallelism());
    this.minRows = options.minRows ?? DEFAULT_SCAN_MIN_ROWS;
  }

  /** Scans `index` for `plan` as the index is at this call (later writes are not seen). */
  search(index: DiscoveryIndex, plan: CompiledBrief): Promise<ScanResult> {
    if (this.threads === 0 || index.rows < this.minRows) return Promise.resolve(searchIndex(index, plan));
    const job = scanJobOf(index, plan);
    const run = this.queue.then(() => this.run(job));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the workers (a later search starts new ones). */
  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private async run(job: ScanJob): Promise<ScanResult> {
    const slots = this.start();
    const id = this.nextId++;
    // The niche's text score is relative to the best BM25 of every range: with query terms, the
    // workers exchange it before scoring; without, it is 0 everywhere and each answers at once.
    const sharded = slots.length > 1 && job.postings.length > 0;
    // Each worker reads as many of the brief's rows as the others.
    const shares = splitRanges(rangesUpTo(job.plan.ranges, job.rows), slots.length);
    for (const s of slots) s.worker.ref(); // an awaited scan keeps the process alive; an idle pool does not
    try {
      let replies = await Promise.all(
        slots.map((s, i) => this.ask(s, { type: 'scan', id, job, ranges: shares[i]!, sharded })),
      );
      if (sharded) {
        const maxText = Math.max(...replies.map((r) => settled(r, 'maxText')));
        replies = await Promise.all(slots.map((s) => this.ask(s, { type: 'score', id, maxText })));
      }
      return mergeScans(
        replies.map((r) => settled(r, 'result')),
        job.plan.limit,
      );
    } finally {
      for (const s of slots) s.worker.unref();
    }
  }

  private ask(slot: Slot, request: ScanRequest): Promise<ScanReply> {
    return new Promise((resolve, reject) => {
      slot.waiter = { resolve, reject };
      slot.worker.postMessage(request);
    });
  }

  private start(): Slot[] {
    if (this.slots.length > 0) return this.slots;
    this.slots = Array.from({ length: this.threads }, () => {
      const slot: Slot = { worker: spawn(), waiter: null };
      slot.worker.unref();
      slot.worker.on('message', (reply: ScanReply) => {
        const waiter = slot.waiter;
        slot.waiter = null;
        waiter?.resolve(reply);
      });
      // A worker that dies takes the pool with it: its scan fails, the next scan starts a new pool.
      const fail = (error: Error) => {
        const waiter = slot.waiter;
        slot.waiter = null;
        if (this.slots.includes(slot)) void this.close();
        waiter?.reject(error);
      };
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => fail(new Error(`discovery scan worker exited with code ${code}`)));
      return slot;
    });
    return this.slots;
  }
}

/** The awaited part of a worker's reply; a worker's error becomes this thread's. */
function settled<K extends 'maxText' | 'result'>(reply: ScanReply, key: K): Extract<ScanReply, Record<K, unknown>>[K] {
  if (key in reply) return (reply as Extract<ScanReply, Record<K, unknown>>)[key];
  throw new Error(`discovery scan failed in a worker: ${'error' in reply ? reply.error : `no ${key}`}`);
}

// Built (lib/*.js), a worker loads the compiled module directly. From the sources (tests, `npm run dev`)
// it registers tsx itself first: a worker does not inherit the loader the main thread was started with
// (the same as src/demo/run-workers.ts).
function spawn(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./scan-worker.js', import.meta.url));
  const loader = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./scan-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(loader)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true });
}

let shared: ScanPool | undefined;
let sharedOptions: ScanPoolOptions = {};

/** The process's pool (started on the first scan of a large index). */
export function scanPool(): ScanPool {
  shared ??= new ScanPool(sharedOptions);
  return shared;
}

/** Sets the process's pool size (MICROREACH_SCAN_THREADS); the pool in use, if any, is stopped. */
export function configureScanPool(options: ScanPoolOptions): void {
  sharedOptions = options;
  const previous = shared;
  shared = undefined;
  void previous?.close();
}
