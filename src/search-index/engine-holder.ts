import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { DB } from '../storage/connect.ts';
import { DiscoveryEngine } from './discovery-engine.ts';

/** What /health says about the index: building (with how many accounts so far), ready, or failed. */
export interface IndexStatus {
  state: 'not_started' | 'building' | 'ready' | 'failed';
  accounts: number | null;
  /** The data revision the index is current with (null until ready). */
  revision: number | null;
  source: 'database' | 'snapshot' | null;
  build_ms: number | null;
  error?: string;
}

export interface EngineHolder {
  (): Promise<DiscoveryEngine>;
  status(): IndexStatus;
}

/**
 * One engine per process. Built on first use by default (a process that never discovers never pays
 * for it); `serve` starts it at once in the background and keeps a snapshot on disk, so a restart
 * loads it in seconds. A failed build is retried by the next use.
 */
export function engineHolder(db: DB, options: { snapshotFile?: string; startNow?: boolean } = {}): EngineHolder {
  let engine: Promise<DiscoveryEngine> | undefined;
  let current: DiscoveryEngine | undefined;
  let status: IndexStatus = { state: 'not_started', accounts: null, revision: null, source: null, build_ms: null };
  const progress = (accounts: number) => {
    status = { ...status, accounts };
  };
  const holder = () => {
    engine ??= (() => {
      status = { ...status, state: 'building', accounts: 0, error: undefined };
      const opening = options.snapshotFile
        ? DiscoveryEngine.openWithSnapshot(db, options.snapshotFile, progress)
        : DiscoveryEngine.open(db, progress);
      return opening.then(
        (e) => {
          current = e;
          status = {
            state: 'ready',
            accounts: e.buildStats.accounts,
            revision: e.revision,
            source: e.buildStats.source,
            build_ms: Math.round(e.buildStats.ms),
          };
          return e;
        },
        (error: unknown) => {
          engine = undefined;
          status = { ...status, state: 'failed', error: error instanceof Error ? error.message : String(error) };
          throw error;
        },
      );
    })();
    return engine;
  };
  const ready = Object.assign(holder, {
    // Once ready, the engine itself is the truth (accounts and revision move with every sync).
    status: (): IndexStatus =>
      current && status.state === 'ready'
        ? { ...status, accounts: current.index.live, revision: current.revision }
        : { ...status },
  });
  if (options.startNow) ready().catch(() => undefined); // the failure is in status(); the next use retries
  return ready;
}

/** One snapshot per database (named by a hash of where it lives): a data directory shared by two never mixes them. */
export const indexSnapshotFile = (dataDir: string, databaseLocation: string) =>
  join(dataDir, `discovery-index-${createHash('sha256').update(databaseLocation).digest('hex').slice(0, 16)}.snapshot`);
