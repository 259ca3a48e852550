// A worker thread of a demo run on a SQLite file: it builds chunks of creators and writes them
// through its own connection. Two workers take turns at SQLite's single write lock, so one builds
// while the other writes, and no rows are copied between threads.
import { parentPort, workerData } from 'node:worker_threads';
import type { IdBase } from './build-creator.ts';
import { buildChunk } from './build-chunk.ts';
import { FULL_MODE, LIGHT_MODE } from './modes.ts';
import { openSqliteWriter } from './open-sqlite-writer.ts';
import type { RunConstants } from './row-buffers.ts';

export interface WorkerSetup {
  file: string;
  seed: number;
  asOf: number;
  mode: 'full' | 'light';
  base: IdBase;
  constants: RunConstants;
}

export type WorkerTask = { start: number; handles: string[] };

const setup = workerData as WorkerSetup;
const writer = openSqliteWriter(setup.file, setup.constants);
const ctx = { seed: setup.seed, asOf: setup.asOf, mode: setup.mode === 'light' ? LIGHT_MODE : FULL_MODE, base: setup.base };

parentPort!.on('message', (task: WorkerTask | 'stop') => {
  if (task === 'stop') {
    writer.close();
    process.exit(0);
  }
  try {
    const { buffers, counts } = buildChunk(ctx, task.start, task.handles);
    writer.write(buffers);
    parentPort!.postMessage({ ok: true, start: task.start, counts });
  } catch (error) {
    parentPort!.postMessage({ ok: false, start: task.start, error: error instanceof Error ? error.message : String(error) });
  }
});
