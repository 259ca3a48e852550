// Keeps the index snapshot on disk close to the index in memory, so a restart replays a few revisions
// from the feed instead of everything since the first start (the demo world grows for minutes after
// the index is first built; imports keep coming). The keeper looks at the engine once a second: once
// the index has moved by `minRows` rows since the snapshot on disk, it writes a new one when the
// changes have paused for `quietMs` (the demo world finished growing, an import ended) or, under a
// steady stream, `maxDelayMs` after the first unsaved change. A write never blocks requests
// (freezeSnapshot + writeFrozenSnapshot: the index goes on changing and answering meanwhile), and
// flush() on shutdown writes whatever is unsaved, abandoned cleanly when its time runs out.
import type { DiscoveryEngine } from './discovery-engine.ts';
import { freezeSnapshot, writeFrozenSnapshot } from './index-snapshot.ts';

export interface SnapshotKeeperOptions {
  file: string;
  /** The identity of the database (storage/discovery/database-identity.ts), written in the header. */
  database: string;
  /**
   * The snapshot on disk (undefined: none usable): its revision, and the rows of the engine's index it
   * holds (`sameIndex` false when catching up from it rebuilt the index: everything is then unsaved).
   */
  onDisk?: { revision: number; rows: number; sameIndex: boolean };
  /** Rows added to the index since the snapshot on disk before it is worth rewriting (default 1,000). */
  minRows?: number;
  quietMs?: number;
  maxDelayMs?: number;
  checkMs?: number;
  /** Told of every write: its revision and duration, or why it failed. */
  onWrite?: (event: SnapshotWrite) => void;
}

export type SnapshotWrite = { revision: number; ms: number; reason: string } | { error: string };

export interface SnapshotKeeper {
  /** The data revision of the snapshot on disk (null: none yet). */
  revision(): number | null;
  /** Checks now (the follower calls it after a sync; the timer does otherwise). */
  check(): void;
  /** Writes what is unsaved within `timeoutMs` (a shutdown), then stops; true when the disk is current. */
  flush(timeoutMs: number): Promise<boolean>;
}

const RETRY_AFTER_FAILURE_MS = 60_000;

export function keepSnapshot(engine: DiscoveryEngine, o: SnapshotKeeperOptions): SnapshotKeeper {
  const minRows = o.minRows ?? 1_000;
  const quietMs = o.quietMs ?? 10_000;
  const maxDelayMs = o.maxDelayMs ?? 300_000;
  // What is on disk: its revision, and the index and row count it was written from (rows added since
  // measure the replay a restart would do; a rebuilt index counts as entirely new).
  let saved: { revision: number | null; index: unknown; rows: number } = {
    revision: o.onDisk?.revision ?? null,
    index: o.onDisk?.sameIndex ? engine.index : undefined,
    rows: o.onDisk?.rows ?? 0,
  };
  let seen = engine.revision;
  let changedAt = Date.now();
  let firstUnsavedAt: number | undefined;
  let writing: Promise<void> | undefined;
  let failedAt = Number.NEGATIVE_INFINITY;
  let stopped = false;
  const abort = new AbortController();

  const write = (reason: string): Promise<void> => {
    const started = performance.now();
    const index = engine.index;
    const revision = engine.revision;
    const rows = index.rows;
    const frozen = freezeSnapshot({ index, termIds: engine.termIds, published: revision, database: o.database });
    writing = writeFrozenSnapshot(o.file, frozen, abort.signal)
      .then(
        () => {
          saved = { revision, index, rows };
          if (engine.revision === revision) firstUnsavedAt = undefined;
          o.onWrite?.({ revision, ms: Math.round(performance.now() - started), reason });
        },
        (error: unknown) => {
          if (abort.signal.aborted) return;
          failedAt = Date.now();
          o.onWrite?.({ error: error instanceof Error ? error.message : String(error) });
        },
      )
      .finally(() => {
        writing = undefined;
      });
    return writing;
  };

  const check = () => {
    const now = Date.now();
    // A failed write (a full disk, a read-only directory) is tried again a minute later, not every second.
    if (stopped || writing || now - failedAt < RETRY_AFTER_FAILURE_MS) return;
    if (engine.revision !== seen) {
      seen = engine.revision;
      changedAt = now;
      firstUnsavedAt ??= now;
    }
    if (saved.revision === engine.revision && saved.index === engine.index) return;
    const added = saved.index === engine.index ? engine.index.rows - saved.rows : engine.index.rows;
    if (saved.revision === null) void write('there was no usable snapshot');
    else if (added < minRows) return;
    else if (now - changedAt >= quietMs) void write(`${added} rows added, then ${quietMs / 1000} s without change`);
    else if (now - (firstUnsavedAt ?? now) >= maxDelayMs) void write(`${added} rows added over ${maxDelayMs / 1000} s`);
  };

  const timer = setInterval(check, o.checkMs ?? 1_000);
  timer.unref();

  return {
    revision: () => saved.revision,
    check,
    async flush(timeoutMs) {
      stopped = true;
      clearInterval(timer);
      const deadline = setTimeout(() => abort.abort(), timeoutMs);
      try {
        if (writing) await writing;
        if (!abort.signal.aborted && (saved.revision !== engine.revision || saved.index !== engine.index))
          await write('shutting down');
      } finally {
        clearTimeout(deadline);
      }
      return saved.revision === engine.revision && saved.index === engine.index;
    },
  };
}
