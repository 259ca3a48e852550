// Runs a demo world on SQLite with two worker threads (one builds a chunk while the other writes
// one). This thread only hands out chunks in order with their handles, which must be settled in
// index order (assignHandles), and counts what comes back.
import { Worker } from 'node:worker_threads';
import { assignHandles } from './assign-handles.ts';
import type { ChunkCounts } from './build-chunk.ts';
import type { WorkerSetup } from './demo-worker.ts';

export interface WorkerRun extends WorkerSetup {
  total: number;
  chunk: number;
  taken: Set<string>;
  workers?: number;
  onChunk: (counts: ChunkCounts, done: number) => void;
}

type Reply = { ok: true; start: number; counts: ChunkCounts } | { ok: false; start: number; error: string };

export async function runWorkers(run: WorkerRun): Promise<void> {
  const { total, chunk, taken, onChunk, workers: count = 2, ...setup } = run;
  const workers = Array.from({ length: count }, () => spawn(setup));
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const give = (worker: Worker) => {
        if (next >= total) return;
        const start = next;
        const end = Math.min(total, start + chunk);
        next = end;
        worker.postMessage({ start, handles: assignHandles(setup.seed, start, end, taken) });
      };
      for (const worker of workers) {
        worker.on('message', (reply: Reply) => {
          if (!reply.ok) return reject(new Error(`demo worker failed on creators from ${reply.start}: ${reply.error}`));
          done += reply.counts.creators;
          onChunk(reply.counts, done);
          if (done >= total) resolve();
          else give(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => code !== 0 && done < total && reject(new Error(`demo worker exited with code ${code}`)));
        give(worker);
      }
      if (total === 0) resolve();
    });
  } finally {
    // A worker finishes the chunk in hand before it reads "stop", so no transaction is cut off.
    await Promise.all(workers.map((w) => new Promise<void>((resolve) => {
      w.once('exit', () => resolve());
      w.postMessage('stop');
    })));
  }
}

// Workers run the TypeScript sources too: they register tsx themselves before loading the module
// (a worker does not inherit the loader the main thread was started with). A large young
// generation saves most of the garbage collector's work on millions of short-lived strings.
function spawn(setup: WorkerSetup): Worker {
  const loader = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./demo-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(loader)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true, workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 128 } });
}
