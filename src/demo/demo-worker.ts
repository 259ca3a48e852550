// A worker thread of a demo run on a SQLite file: it builds chunks of creators and writes them
// through its own connection. SQLite has one write lock, so the coordinating thread hands out a
// write turn: a worker builds its next chunk while the other one writes, and never sleeps in
// SQLite's busy handler. No rows are copied between threads.
//
// With `derive`, it also derives the metrics of each chunk's accounts from the rows it built (phase 1
// of a metrics refresh, derive-chunk-metrics.ts), so the metrics phase need not read them back, and
// writes them in the chunk's transaction. (Holding them back to write ~10,000 accounts' postings at
// once cost more CPU than it saved in the B-tree: 114 CPU-s against 102 for a 100k build, one run each
// at load 8–10; the held rows outlive V8's young generation.)
import { parentPort, workerData } from 'node:worker_threads';
import type { IdBase } from './build-creator.ts';
import type { DerivedRows } from '../services/vetting/derived-rows.ts';
import { buildChunk, type ChunkCounts } from './build-chunk.ts';
import { deriveChunkMetrics } from './derive-chunk-metrics.ts';
import { FULL_MODE, LIGHT_MODE } from './modes.ts';
import { openSqliteWriter } from './open-sqlite-writer.ts';
import type { RowBuffers, RunConstants } from './row-buffers.ts';

export interface WorkerSetup {
  file: string;
  seed: number;
  asOf: number;
  mode: 'full' | 'light';
  base: IdBase;
  constants: RunConstants;
  /** Derive and write the metrics (phase 1) of the accounts too. */
  derive?: boolean;
}

/** From the coordinator: build these creators; write what you built; stop. */
export type WorkerCommand = { build: { start: number; handles: string[] } } | 'write' | 'stop';
/** To the coordinator. */
export type WorkerReport =
  | { built: number }
  | { written: number; counts: ChunkCounts }
  | { failed: number; error: string };

const setup = workerData as WorkerSetup;
const writer = openSqliteWriter(setup.file, setup.constants);
const ctx = {
  seed: setup.seed,
  asOf: setup.asOf,
  mode: setup.mode === 'light' ? LIGHT_MODE : FULL_MODE,
  base: setup.base,
};
const now = new Date(setup.asOf);
let pending: { start: number; buffers: RowBuffers; counts: ChunkCounts; derived: DerivedRows[] } | undefined;

parentPort!.on('message', (command: WorkerCommand) => {
  const start = pending?.start ?? (typeof command === 'object' ? command.build.start : -1);
  try {
    if (command === 'stop') {
      writer.close();
      process.exit(0);
    } else if (command === 'write') {
      const chunk = pending!;
      pending = undefined;
      writer.write(chunk.buffers, chunk.derived);
      report({ written: chunk.start, counts: chunk.counts });
    } else {
      const { buffers, counts } = buildChunk(ctx, command.build.start, command.build.handles);
      const rows = setup.derive ? deriveChunkMetrics(buffers, now) : [];
      pending = { start: command.build.start, buffers, counts, derived: rows };
      report({ built: command.build.start });
    }
  } catch (error) {
    report({ failed: start, error: error instanceof Error ? error.message : String(error) });
  }
});

const report = (message: WorkerReport) => parentPort!.postMessage(message);
