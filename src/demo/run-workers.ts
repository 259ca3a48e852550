// Runs a demo world on SQLite with two worker threads: while one writes a chunk, the other builds
// the next. This thread hands out chunks in order with their handles (which must be settled in
// index order, see assignHandles), passes the single write turn, and counts what is written.
import { Worker } from 'node:worker_threads';
import { assignHandles } from './assign-handles.ts';
import type { ChunkCounts } from './build-chunk.ts';
import type { WorkerCommand, WorkerReport, WorkerSetup } from './demo-worker.ts';

export interface WorkerRun extends WorkerSetup {
  total: number;
  chunk: number;
  taken: Set<string>;
  workers?: number;
  onChunk: (counts: ChunkCounts, done: number) => void;
}

export async function runWorkers(run: WorkerRun): Promise<void> {
  const { total, chunk, taken, onChunk, workers: count = 2, ...setup } = run;
  const workers = Array.from({ length: count }, () => spawn(setup));
  const send = (worker: Worker, command: WorkerCommand) => worker.postMessage(command);
  let next = 0;
  let done = 0;
  let writing = false;
  const ready: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const build = (worker: Worker) => {
        if (next >= total) return;
        const start = next;
        next = Math.min(total, start + chunk);
        send(worker, { build: { start, handles: assignHandles(setup.seed, start, next, taken) } });
      };
      const grant = () => {
        if (writing) return;
        const worker = ready.shift();
        if (!worker) return;
        writing = true;
        send(worker, 'write');
      };
      for (const worker of workers) {
        worker.on('message', (report: WorkerReport) => {
          if ('failed' in report)
            return reject(new Error(`demo worker failed on the creators from ${report.failed}: ${report.error}`));
          if ('built' in report) {
            ready.push(worker);
            grant();
            return;
          }
          writing = false;
          done += report.counts.creators;
          onChunk(report.counts, done);
          if (done >= total) return resolve();
          build(worker);
          grant();
        });
        worker.on('error', reject);
        worker.on(
          'exit',
          (code) => code !== 0 && done < total && reject(new Error(`demo worker exited with code ${code}`)),
        );
        build(worker);
      }
      if (total === 0) resolve();
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
