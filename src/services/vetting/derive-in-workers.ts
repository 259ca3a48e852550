// Phase 1 of a large refresh on two threads: workers read and derive batches of accounts, this
// thread writes each result as it arrives (SQLite has one writer) and keeps both workers busy.
import { Worker } from 'node:worker_threads';
import type { DeriveCommand, DeriveReport, DeriveWorkerSetup } from './derive-worker.ts';
import type { DerivedRows } from './derived-rows.ts';

export async function deriveInWorkers(
  setup: DeriveWorkerSetup,
  ids: readonly number[],
  options: { workers: number; batch: number; write: (rows: DerivedRows[]) => Promise<void> },
): Promise<void> {
  const workers = Array.from({ length: options.workers }, () => spawn(setup));
  let next = 0;
  let outstanding = 0;
  let writing = Promise.resolve();
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        if (next >= ids.length) return;
        worker.postMessage({ ids: ids.slice(next, next + options.batch) } satisfies DeriveCommand);
        next += options.batch;
        outstanding += 1;
      };
      for (const worker of workers) {
        worker.on('message', (report: DeriveReport) => {
          if ('failed' in report) return reject(new Error(`metrics worker failed: ${report.failed}`));
          feed(worker);
          // Writes are chained so they stay in order and never overlap.
          writing = writing
            .then(() => options.write(report.derived))
            .then(() => {
              outstanding -= 1;
              if (outstanding === 0 && next >= ids.length) resolve();
            }, reject);
        });
        worker.on('error', reject);
        feed(worker);
      }
      if (ids.length === 0) resolve();
    });
  } finally {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((done) => {
            w.once('exit', () => done());
            w.postMessage('stop' satisfies DeriveCommand);
          }),
      ),
    );
  }
}

// Built (lib/*.js), a worker loads the compiled module directly. From the sources (tests, `npm run dev`)
// it registers tsx itself first: a worker does not inherit the loader the main thread was started with.
// A large young generation saves most of the garbage collector's work on millions of short-lived strings.
function spawn(setup: DeriveWorkerSetup): Worker {
  const options = { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 128 } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./derive-worker.js', import.meta.url), options);
  const loader = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./derive-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(loader)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { ...options, eval: true });
}
