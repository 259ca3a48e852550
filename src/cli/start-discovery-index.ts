// `serve`'s discovery index: built (or loaded from its snapshot in the data directory and caught up from the
// revision feed) in the background from the start, with its progress in the log and in /health. Once ready
// it follows the revision feed between queries (woken by Postgres NOTIFY, polled otherwise) and keeps its
// snapshot current in the background; stop() writes what the snapshot lacks on shutdown.
import { type EngineHolder, engineHolder, type IndexStatus, indexSnapshotFile } from '../search-index/engine-holder.ts';
import type { SnapshotWrite } from '../search-index/snapshot-keeper.ts';
import type { DB } from '../storage/connect.ts';
import { listenDataRevisions } from '../storage/discovery/listen-data-revisions.ts';
import type { CliContext } from './command.ts';

/** How long a shutdown may spend writing the snapshot (a 1M-account index takes a few seconds). */
export const SHUTDOWN_SNAPSHOT_MS = 15_000;

export function startDiscoveryIndex(db: DB, ctx: CliContext): EngineHolder {
  const { database, dataDir } = ctx.config;
  const snapshotFile = indexSnapshotFile(dataDir, database.dialect === 'sqlite' ? database.file : database.url);
  const listener =
    database.dialect === 'postgres'
      ? listenDataRevisions({ connectionString: database.url }, (error) =>
          ctx.err(
            `Discovery index: listening for new data revisions failed (${(error as Error).message}); polling meanwhile`,
          ),
        )
      : undefined;
  const holder = engineHolder(db, {
    snapshotFile,
    background: true,
    onStatus: progressLog(ctx.err),
    keep: {
      snapshot: { onWrite: snapshotLog(ctx.err) },
      follow: {
        wake: listener?.wake,
        pollMs: ctx.config.revisionPollMs,
        onError: (error) =>
          ctx.err(`Discovery index: following the data revisions failed: ${(error as Error).message}`),
      },
    },
  });
  const stopIndex = holder.stop;
  return Object.assign(holder, {
    stop: async (timeoutMs: number) => {
      await listener?.stop();
      await stopIndex(timeoutMs);
    },
  });
}

export function snapshotLog(log: (line: string) => void): (write: SnapshotWrite) => void {
  return (w) =>
    log(
      'error' in w
        ? `Discovery index: the snapshot could not be written (${w.error}); the previous one stays`
        : `Discovery index: snapshot written at data revision ${w.revision} in ${(w.ms / 1000).toFixed(1)} s (${w.reason})`,
    );
}

/** One line per step, per tenth of a build from the database, and at the end (a log stays readable). */
export function progressLog(log: (line: string) => void): (status: IndexStatus) => void {
  let last = '';
  const n = (x: number) => x.toLocaleString('en-US');
  return (s) => {
    const tenth = s.total && s.accounts !== null ? Math.floor((10 * s.accounts) / s.total) : 0;
    const key = `${s.state}:${s.step}:${s.step === 'reading_database' ? tenth : ''}`;
    if (key === last || (s.state === 'building' && s.step === null)) return;
    last = key;
    if (s.state === 'failed') log(`Discovery index: the build failed (${s.error}); the next discovery retries it`);
    else if (s.state === 'ready')
      log(
        `Discovery index ready: ${n(s.accounts ?? 0)} accounts at data revision ${s.revision}, ${s.source === 'snapshot' ? 'loaded from the snapshot and caught up' : 'built from the database'} in ${((s.build_ms ?? 0) / 1000).toFixed(1)} s${s.snapshot_unused ? ` (snapshot not used: ${s.snapshot_unused})` : ''}`,
      );
    else if (s.step === 'loading_snapshot')
      log('Discovery index: starting (from its snapshot if there is a usable one)…');
    else if (s.step === 'writing_snapshot') log('Discovery index: writing the snapshot…');
    else if (s.step === 'reading_database')
      log(`Discovery index: building from the database, ${n(s.accounts ?? 0)} of ${n(s.total ?? 0)} accounts`);
  };
}
