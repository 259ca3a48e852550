// Writes creators from … to − 1 of a world in chunks, one transaction per chunk and in creator
// order, by the fastest route the database allows: two worker threads with their own connections
// (SQLite file, many chunks), one connection of its own (SQLite file), or Kysely (Postgres,
// in-memory SQLite). Every route writes the same rows. A signal stops it between chunks.
import type { DB } from '../storage/connect.ts';
import { dialectOf } from '../storage/dialect.ts';
import { assignHandles } from './assign-handles.ts';
import type { IdBase } from './build-creator.ts';
import { buildChunk, type ChunkCounts } from './build-chunk.ts';
import { bulkInsert } from './bulk-insert.ts';
import type { ModeRules } from './modes.ts';
import { openSqliteWriter } from './open-sqlite-writer.ts';
import { TABLE_ORDER, type RunConstants } from './row-buffers.ts';
import { runWorkers } from './run-workers.ts';
import { sqliteFile } from './sqlite-file.ts';

export interface WorldPlan {
  seed: number;
  asOf: number;
  mode: ModeRules;
  base: IdBase;
  constants: RunConstants;
  /** The creators to write now: from … to − 1. */
  from: number;
  to: number;
  chunk: number;
  /** Handles in use ("platform:handle"); the new ones are added. */
  taken: Set<string>;
  /** undefined: workers above WORKERS_ABOVE creators to write. */
  workers: boolean | undefined;
  /**
   * The workers also derive and write the accounts' metrics (phase 1 of a refresh as of asOf). The
   * single-thread routes leave them to the metrics phase.
   */
  derive?: boolean;
  signal?: AbortSignal;
  /** `done`: the creator number the written part now reaches (to, at the end). */
  onChunk: (counts: ChunkCounts, done: number) => void;
}

/**
 * Creators to write above which two workers are started by default. Each worker loads the generator
 * and opens its own connection, which costs seconds; below this one thread is as fast.
 */
const WORKERS_ABOVE = { full: 500, light: 4_000 } as const;

export async function writeWorld(db: DB, plan: WorldPlan): Promise<void> {
  const { seed, asOf, mode, base, constants, from, to, chunk, taken, signal, onChunk } = plan;
  const file = await sqliteFile(db);
  if (file && (plan.workers ?? to - from > WORKERS_ABOVE[mode.name])) {
    const setup = { file, seed, asOf, mode: mode.name, base, constants, derive: plan.derive };
    await runWorkers({ ...setup, from, to, chunk, taken, signal, onChunk });
    return;
  }
  const chunks = function* () {
    for (let start = from; start < to && !signal?.aborted; start += chunk) {
      const end = Math.min(to, start + chunk);
      yield { end, ...buildChunk({ seed, asOf, mode, base }, start, assignHandles(seed, start, end, taken)) };
    }
  };
  if (file) {
    const writer = openSqliteWriter(file, constants);
    try {
      for (const { end, buffers, counts } of chunks()) {
        writer.write(buffers);
        onChunk(counts, end);
        // A turn for the event loop between chunks: a server writing its demo keeps answering.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      writer.close();
    }
    return;
  }
  const dialect = dialectOf(db);
  for (const { end, buffers, counts } of chunks()) {
    await db.transaction().execute(async (trx) => {
      for (const table of TABLE_ORDER) await bulkInsert(trx, dialect, table, buffers.all(table), constants);
    });
    onChunk(counts, end);
  }
}
