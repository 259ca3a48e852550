// The discovery engine of a running process: builds the index once, then before every query checks
// the published data revision and folds in the accounts refreshed since (an import made by the CLI
// in another process is visible to the next query, without a restart).
import type { Brief } from '../core/discovery/brief.ts';
import type { DB } from '../storage/connect.ts';
import { readDatabaseIdentity } from '../storage/discovery/database-identity.ts';
import { readDataRevision } from '../storage/discovery/data-revision.ts';
import { forEachIndexBatch } from '../storage/discovery/load-index-rows.ts';
import { countIndexableAccounts, loadTerms } from '../storage/discovery/load-terms.ts';
import { compileBrief, type CompileContext, type CompiledBrief } from './compile-brief.ts';
import { DiscoveryIndex } from './discovery-index.ts';
import { describeHit, type HitFacts } from './describe-hit.ts';
import { readSnapshot, type Snapshot, writeSnapshot } from './index-snapshot.ts';
import { scanPool } from './scan-pool.ts';
import type { ScoredRow } from './search-index.ts';

export interface BuildStats {
  accounts: number;
  ms: number;
  /** Where the index came from: read from the database, or loaded from a snapshot and brought up to date. */
  source: 'database' | 'snapshot';
  /** Why the snapshot on disk was not used (absent when it was, or when none was asked for). */
  snapshotUnused?: string;
  /** The data revision of the snapshot on disk this engine loaded or wrote (absent: none is there yet). */
  snapshotRevision?: number;
  /** The rows of the index that snapshot holds (what catching up added since is counted by the keeper). */
  snapshotRows?: number;
}

/** What a build is doing, for /health and the log. */
export type BuildStep = 'loading_snapshot' | 'reading_database' | 'writing_snapshot';

export interface SearchAnswer {
  /** Accounts passing every filter of the brief. */
  total: number;
  /** The best `limit`, best first, with what the index knows about each. */
  top: (ScoredRow & { facts: HitFacts })[];
  plan: CompiledBrief;
}

export class DiscoveryEngine {
  private syncing: Promise<void> | undefined;

  private constructor(
    private readonly db: DB,
    public index: DiscoveryIndex,
    readonly termIds: Map<string, number>,
    private published: number,
    public buildStats: BuildStats,
  ) {}

  static async open(db: DB, onProgress?: (accounts: number) => void): Promise<DiscoveryEngine> {
    const started = performance.now();
    const published = await readDataRevision(db);
    const index = new DiscoveryIndex();
    const accounts = await forEachIndexBatch(db, (rows) => {
      for (const r of rows) index.upsert(r);
      onProgress?.(index.live);
    });
    const termIds = new Map<string, number>();
    await loadTerms(db, termIds);
    return new DiscoveryEngine(db, index, termIds, published, {
      accounts,
      ms: performance.now() - started,
      source: 'database',
    });
  }

  /**
   * Loads the snapshot in `file` when it was built from this database at a revision it has reached, and
   * folds in what changed since (sync rebuilds when accounts were deleted); otherwise (none, foreign,
   * newer than the data: a restored database) builds from the database and says why. Writes a fresh
   * snapshot whenever the index it holds is not the one on disk, before handing the engine out — unless
   * `deferWrite`: then the caller's snapshot keeper writes it in the background (snapshot-keeper.ts) and
   * the engine answers at once.
   */
  static async openWithSnapshot(
    db: DB,
    file: string,
    onProgress?: (accounts: number) => void,
    onStep?: (step: BuildStep) => void,
    options: { deferWrite?: boolean } = {},
  ): Promise<DiscoveryEngine> {
    const started = performance.now();
    onStep?.('loading_snapshot');
    const [read, database, published] = await Promise.all([
      readSnapshot(file),
      readDatabaseIdentity(db),
      readDataRevision(db),
    ]);
    const unused = 'unusable' in read ? read.unusable : refusal(read.snapshot, database, published);
    let engine: DiscoveryEngine;
    if ('snapshot' in read && unused === undefined) {
      const { snapshot } = read;
      engine = new DiscoveryEngine(db, snapshot.index, snapshot.termIds, snapshot.published, {
        accounts: snapshot.index.live,
        ms: 0,
        source: 'snapshot',
      });
      const loaded = engine.index;
      const loadedRows = loaded.rows;
      await engine.sync();
      engine.buildStats = {
        accounts: engine.index.live,
        ms: performance.now() - started,
        source: engine.index === loaded ? 'snapshot' : 'database',
        snapshotRevision: snapshot.published,
        snapshotRows: loadedRows,
      };
      if (engine.published === snapshot.published || options.deferWrite) return engine;
    } else {
      onStep?.('reading_database');
      engine = await DiscoveryEngine.open(db, onProgress);
      engine.buildStats.snapshotUnused = unused;
      if (options.deferWrite) return engine;
    }
    onStep?.('writing_snapshot');
    await writeSnapshot(file, { index: engine.index, termIds: engine.termIds, published: engine.published, database });
    engine.buildStats.ms = performance.now() - started;
    engine.buildStats.snapshotRevision = engine.published;
    engine.buildStats.snapshotRows = engine.index.rows;
    return engine;
  }

  /** The data revision the index is current with. */
  get revision(): number {
    return this.published;
  }

  /**
   * Folds in what changed since the last query; rebuilds when accounts were deleted or rows pile up dead.
   * One sync at a time (a query and the revision follower would otherwise fold the same rows in twice);
   * a caller that finds one running waits for it and then runs its own, which reads the revision after
   * the call: a change published before the call is always in the index when it resolves.
   */
  async sync(): Promise<void> {
    while (this.syncing) await this.syncing.catch(() => undefined);
    this.syncing = this.syncOnce().finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  private async syncOnce(): Promise<void> {
    const published = await readDataRevision(this.db);
    if (published === this.published) return;
    // From the published revision the index is complete through, not the newest row it holds: a build
    // that ran during a refresh read some rows of the revision being written, and starting after that
    // revision would skip the rest of them once it is published.
    await forEachIndexBatch(
      this.db,
      (rows) => {
        for (const r of rows) this.index.upsert(r);
      },
      { afterRevision: this.published },
    );
    await loadTerms(this.db, this.termIds);
    const count = await countIndexableAccounts(this.db);
    const dead = this.index.rows - this.index.live;
    if (count !== this.index.live || dead > this.index.live * 0.3) {
      const rebuilt = await DiscoveryEngine.open(this.db);
      this.index = rebuilt.index;
      this.buildStats = rebuilt.buildStats;
      for (const [k, v] of rebuilt.termIds) this.termIds.set(k, v);
    }
    this.published = published;
  }

  /**
   * Runs a brief, the scan on the scan pool's workers (scan-pool.ts) for a large index; each winner's
   * facts are read from the index it ran on (a concurrent sync may swap the engine's meanwhile).
   */
  async search(brief: Brief, ctx: Omit<CompileContext, 'termIds'>): Promise<SearchAnswer> {
    await this.sync();
    const index = this.index;
    const plan = compileBrief(index, brief, { ...ctx, termIds: this.termIds });
    const { total, top } = await scanPool().search(index, plan);
    return { total, top: top.map((hit) => ({ ...hit, facts: describeHit(index, plan, hit.row) })), plan };
  }
}

/** Why a snapshot read from disk must not be used for this database, or undefined when it may. */
function refusal(snapshot: Snapshot, database: string, published: number): string | undefined {
  if (snapshot.database !== database) return 'it was built from another database';
  if (snapshot.published > published)
    return `it is at data revision ${snapshot.published}, newer than the database's ${published} (a restored database?)`;
  return undefined;
}
