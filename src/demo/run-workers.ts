// Runs a demo world on SQLite with two worker threads: while one writes a chunk, the other builds
// the next. This thread hands out chunks in order with their handles (which must be settled in
// index order, see assignHandles), passes the single write turn in chunk order (so the stored
// creators are always a prefix of the world, which a later run can continue), and counts what is
// written. Once `signal` is aborted no new chunk is handed out; those already built are written.
import { Worker } from 'node:worker_threads';
import { assignHandles } from './assign-handles.ts';
import type { ChunkCounts } from './build-chunk.ts';
import type { WorkerCommand, WorkerReport, WorkerSetup } from './demo-worker.ts';

export interface WorkerRun extends WorkerSetup {
  from: number;
  to: number;
  chunk: number;
  taken: Set<string>;
  workers?: number;
  signal?: AbortSignal;
  onChunk: (counts: ChunkCounts, done: number) => void;
}

export async function runWorkers(run: WorkerRun): Promise<void> {
  const { from, to, chunk, taken, onChunk, signal, workers: count = 2, ...setup } = run;
  const workers = Array.from({ length: count }, () => spawn(setup));
  const send = (worker: Worker, command: WorkerCommand) => worker.postMessage(command);
  let next = from;
  /** The first creator not yet written: only the worker holding that chunk may write. */
  let written = from;
  let writing = false;
  const ready = new Map<number, Worker>();
  try {
    await new Promise<void>((resolve, reject) => {
      const build = (worker: Worker) => {
        if (next >= to || signal?.aborted) return;
        const start = next;
        next = Math.min(to, start + chunk);
        send(worker, { build: { start, handles: assignHandles(setup.seed, start, next, taken) } });
      };
      const grant = () => {
        const worker = ready.get(written);
        if (writing || !worker) return;
        ready.delete(written);
        writing = true;
        send(worker, 'write');
      };
      for (const worker of workers) {
        worker.on('message', (report: WorkerReport) => {
          if ('failed' in report)
            return reject(new Error(`demo worker failed on the creators from ${report.failed}: ${report.error}`));
          if ('built' in report) {
            ready.set(report.built, worker);
            grant();
            return;
          }
          writing = false;
          written += report.counts.creators;
          onChunk(report.counts, written);
          // Done when every chunk handed out is written (all of them, or all before the stop).
          if (written >= next && (next >= to || signal?.aborted)) return resolve();
          // The write turn first: the next writer starts at once, while this thread settles the
          // handles of this worker's next chunk (planning 500 creators: the writer used to wait for it).
          grant();
          build(worker);
        });
        worker.on('error', reject);
        worker.on(
          'exit',
          (code) => code !== 0 && written < to && reject(new Error(`demo worker exited with code ${code}`)),
        );
        build(worker);
      }
      // Nothing handed out (nothing to write, or stopped before the start).
      if (written >= next) resolve();
    });
  } finally {
    // A worker finishes the command in hand before it reads "stop", so no transaction is cut off.
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            w.once('exit', () => resolve());
            send(w, 'stop');
          }),
      ),
    );
  }
}

// Built (lib/*.js), a worker loads the compiled module directly. From the sources (tests, `npm run dev`)
// it registers tsx itself first: a worker does not inherit the loader the main thread was started with.
// A large young generation saves most of the garbage collector's work on millions of short-lived strings.
function spawn(setup: WorkerSetup): Worker {
  const options = { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 128 } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./demo-worker.js', import.meta.url), options);
  const loader = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./demo-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(loader)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { ...options, eval: true });
}
