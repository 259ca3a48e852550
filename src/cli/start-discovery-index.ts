// `serve`'s discovery index: built (or loaded from its snapshot in the data directory and caught up from the
// revision feed) in the background from the start, with its progress in the log and in /health.
import { type EngineHolder, engineHolder, type IndexStatus, indexSnapshotFile } from '../search-index/engine-holder.ts';
import type { DB } from '../storage/connect.ts';
import type { CliContext } from './command.ts';

export function startDiscoveryIndex(db: DB, ctx: CliContext): EngineHolder {
  const { database, dataDir } = ctx.config;
  const snapshotFile = indexSnapshotFile(dataDir, database.dialect === 'sqlite' ? database.file : database.url);
  return engineHolder(db, { snapshotFile, background: true, onStatus: progressLog(ctx.err) });
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
