import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../core/app-error.ts';
import type { DB } from '../storage/connect.ts';
import { readDatabaseIdentity } from '../storage/discovery/database-identity.ts';
import { countIndexableAccounts } from '../storage/discovery/load-terms.ts';
import { type BuildStep, DiscoveryEngine } from './discovery-engine.ts';
import { type FollowOptions, followRevisions, type RevisionFollower } from './follow-revisions.ts';
import { keepSnapshot, type SnapshotKeeper, type SnapshotKeeperOptions } from './snapshot-keeper.ts';

/** What /health says about the index: building (how far), ready, or failed. */
export interface IndexStatus {
  state: 'not_started' | 'building' | 'ready' | 'failed';
  /** What a build is doing now (null when not building). */
  step: BuildStep | null;
  /** Accounts read so far while building from the database; the accounts indexed once ready. */
  accounts: number | null;
  /** Accounts to read (counted when the build starts). */
  total: number | null;
  /** The data revision the index is current with (null until ready). */
  revision: number | null;
  source: 'database' | 'snapshot' | null;
  build_ms: number | null;
  /** Why the snapshot on disk was not loaded (a first start, another database, a restored one…). */
  snapshot_unused?: string;
  /** The data revision of the snapshot on disk (kept current in the background by `serve`). */
  snapshot_revision?: number | null;
  error?: string;
}

export interface EngineHolder {
  /** The engine; in the background mode, refuses with a 503 (how far the build is) until it is ready. */
  (): Promise<DiscoveryEngine>;
  /** Waits for the build (whatever the mode). */
  ready(): Promise<DiscoveryEngine>;
  status(): IndexStatus;
  /** Stops following the revision feed and writes what the snapshot lacks, within `timeoutMs` (shutdown). */
  stop(timeoutMs: number): Promise<void>;
}

export interface EngineHolderOptions {
  /** Load the index from this file at start and write it there after a build (see index-snapshot.ts). */
  snapshotFile?: string;
  /**
   * Build now, in the background (`serve`): a request that arrives before the index is ready is answered
   * 503 "warming up, N %" at once instead of hanging for minutes behind a million-account build. Without
   * it the first use builds and waits (the CLI, tests).
   */
  background?: boolean;
  /** Called on every change of status (serve logs the progress from it). */
  onStatus?: (status: IndexStatus) => void;
  /**
   * Once ready, keep the snapshot current in the background (snapshot-keeper.ts) instead of writing it
   * before answering, and follow the revision feed between queries (follow-revisions.ts): `serve`.
   */
  keep?: { snapshot?: Omit<SnapshotKeeperOptions, 'file' | 'database' | 'onDisk'>; follow?: FollowOptions };
}

const idle: IndexStatus = {
  state: 'not_started',
  step: null,
  accounts: null,
  total: null,
  revision: null,
  source: null,
  build_ms: null,
};

/** One engine per process; a failed build is retried by the next use. */
export function engineHolder(db: DB, options: EngineHolderOptions = {}): EngineHolder {
  let engine: Promise<DiscoveryEngine> | undefined;
  let current: DiscoveryEngine | undefined;
  let status: IndexStatus = idle;
  let keeper: SnapshotKeeper | undefined;
  let follower: RevisionFollower | undefined;
  let stopping = false;
  const set = (next: Partial<IndexStatus>) => {
    status = { ...status, ...next };
    options.onStatus?.(status);
  };
  const build = async (): Promise<DiscoveryEngine> => {
    set({ ...idle, state: 'building', step: 'loading_snapshot', accounts: 0 });
    set({ total: await countIndexableAccounts(db) });
    const progress = (accounts: number) => set({ accounts });
    const step = (next: BuildStep) => set({ step: next });
    const { keep, snapshotFile } = options;
    const e = snapshotFile
      ? await DiscoveryEngine.openWithSnapshot(db, snapshotFile, progress, step, { deferWrite: keep !== undefined })
      : await DiscoveryEngine.open(db, progress);
    if (keep && !stopping) {
      if (snapshotFile)
        keeper = keepSnapshot(e, {
          ...keep.snapshot,
          file: snapshotFile,
          database: await readDatabaseIdentity(db),
          onDisk:
            e.buildStats.snapshotRevision === undefined
              ? undefined
              : {
                  revision: e.buildStats.snapshotRevision,
                  rows: e.buildStats.snapshotRows ?? 0,
                  sameIndex: e.buildStats.source === 'snapshot',
                },
        });
      follower = followRevisions(e, {
        ...keep.follow,
        onSynced: (revision) => {
          keeper?.check();
          keep.follow?.onSynced?.(revision);
        },
      });
    }
    current = e;
    set({
      state: 'ready',
      step: null,
      accounts: e.buildStats.accounts,
      revision: e.revision,
      source: e.buildStats.source,
      build_ms: Math.round(e.buildStats.ms),
      ...(e.buildStats.snapshotUnused ? { snapshot_unused: e.buildStats.snapshotUnused } : {}),
    });
    return e;
  };
  const ready = () => {
    engine ??= build().catch((error: unknown) => {
      engine = undefined;
      set({ state: 'failed', step: null, error: error instanceof Error ? error.message : String(error) });
      throw error;
    });
    return engine;
  };
  const holder = async () => {
    if (options.background && !current) {
      void ready().catch(() => undefined); // (re)starts a failed build; the failure is in status()
      throw warmingUp(status);
    }
    return ready();
  };
  const holderWithStatus = Object.assign(holder, {
    ready,
    // Once ready, the engine itself is the truth (accounts and revision move with every sync).
    status: (): IndexStatus =>
      current && status.state === 'ready'
        ? {
            ...status,
            accounts: current.index.live,
            revision: current.revision,
            ...(keeper ? { snapshot_revision: keeper.revision() } : {}),
          }
        : { ...status },
    async stop(timeoutMs: number) {
      stopping = true;
      follower?.stop();
      await keeper?.flush(timeoutMs);
    },
  });
  if (options.background) ready().catch(() => undefined);
  return holderWithStatus;
}

/** The answer to a discovery asked before the index is ready: how far the build is, and when to ask again. */
export function warmingUp(status: IndexStatus): AppError {
  const { accounts, total, step } = status;
  const how =
    step === 'reading_database' && total
      ? `${Math.floor((100 * (accounts ?? 0)) / total)} % (${(accounts ?? 0).toLocaleString('en-US')} of ${total.toLocaleString('en-US')} accounts)`
      : step === 'writing_snapshot'
        ? 'saving it to disk'
        : 'loading it';
  return new AppError(
    'unavailable',
    `The discovery index is warming up: ${how}. Try again in a few seconds.`,
    [{ path: 'discovery_index', message: step ?? status.state }],
    5,
  );
}

/** One snapshot per database location in a data directory; which database it holds is checked on load. */
export const indexSnapshotFile = (dataDir: string, databaseLocation: string) =>
  join(dataDir, `discovery-index-${createHash('sha256').update(databaseLocation).digest('hex').slice(0, 16)}.snapshot`);
