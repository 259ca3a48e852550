// A worker thread of a demo run on a SQLite file: it builds chunks of creators and writes them
// through its own connection. SQLite has one write lock, so the coordinating thread hands out a
// write turn: a worker builds its next chunk while the other one writes, and never sleeps in
// SQLite's busy handler. No rows are copied between threads.
import { parentPort, workerData } from 'node:worker_threads';
import type { IdBase } from './build-creator.ts';
import { buildChunk, type ChunkCounts } from './build-chunk.ts';
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
let pending: { start: number; buffers: RowBuffers; counts: ChunkCounts } | undefined;

parentPort!.on('message', (command: WorkerCommand) => {
  const start = pending?.start ?? (typeof command === 'object' ? command.build.start : -1);
  try {
    if (command === 'stop') {
      writer.close();
      process.exit(0);
    } else if (command === 'write') {
      const chunk = pending!;
      pending = undefined;
      writer.write(chunk.buffers);
      report({ written: chunk.start, counts: chunk.counts });
    } else {
      const { buffers, counts } = buildChunk(ctx, command.build.start, command.build.handles);
      pending = { start: command.build.start, buffers, counts };
      report({ built: command.build.start });
    }
  } catch (error) {
    report({ failed: start, error: error instanceof Error ? error.message : String(error) });
  }
});

const report = (message: WorkerReport) => parentPort!.postMessage(message);
