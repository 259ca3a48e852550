// Fills the database with the deterministic synthetic demo world: N creators (seeded), their
// accounts, follower history, posts, comments and audiences, all added to the demo workspace.
// Rows are made creator by creator and written in multi-row INSERTs, a chunk of creators per
// transaction, so memory stays flat at a million creators (write-world.ts). Same seed + size +
// asOf → same rows. This file: validate, settle what is already there, prepare ids, write.
//
// A world may be written in parts (`upTo`, or a run stopped by `signal`): chunks are committed in
// creator order, so what is stored is always creators 0 … k − 1, and the plan kept in `meta`
// (demo-world-plan.ts) lets the next call write k … N − 1 with the same ids, asOf and handles.
import { AppError } from '../core/app-error.ts';
import type { DB } from '../storage/connect.ts';
import { ensureWorkspace } from '../storage/workspaces/workspaces.ts';
import { advanceSequences } from './advance-sequences.ts';
import { allocateIds } from './allocate-ids.ts';
import type { ChunkCounts } from './build-chunk.ts';
import { countDemoRows } from './count-demo-rows.ts';
import { deleteDemoWorld } from './delete-demo-world.ts';
import { type DemoWorldPlan, readDemoWorldPlan, saveDemoWorldPlan } from './demo-world-plan.ts';
import { findDemoWorld } from './find-demo-world.ts';
import { DEFAULT_LIGHT_ABOVE, FULL_MODE, LIGHT_MODE } from './modes.ts';
import type { RunConstants } from './row-buffers.ts';
import { writeWorld } from './write-world.ts';

export interface DemoWorldOptions {
  creators: number;
  seed: number;
  /** Slug of the workspace the creators are added to. */
  workspace?: string;
  /** Every date is relative to it; default: today 00:00 UTC. */
  asOf?: Date;
  /** Delete an existing demo world (of any seed or size) first. */
  reset?: boolean;
  /** Above this many creators the world is generated in light mode (see modes.ts). */
  lightAbove?: number;
  /**
   * Use two worker threads (SQLite files only). Default: above 500 creators to write in full mode,
   * 4,000 in light mode (write-world.ts). The rows are the same either way; workers only make a
   * large world faster.
   */
  workers?: boolean;
  /** Creators per transaction (default 250 in full mode, 1,000 in light mode). */
  chunkSize?: number;
  /**
   * Write only the creators below this number now; a later call with the same world writes the rest.
   * Default: all of them.
   */
  upTo?: number;
  /**
   * Worker threads also derive each account's metrics from the rows they make (phase 1 of a metrics
   * refresh as of asOf; derive-chunk-metrics.ts), so that refreshUnmeasuredAccounts only ranks them.
   * Not when commenter profiles are stored: those are read from the database.
   */
  deriveMetrics?: boolean;
  /** Stops between chunks (the creators written so far stay; the next call continues). */
  signal?: AbortSignal;
  /** `done`: creators of the world stored so far (counting those of earlier parts). */
  onProgress?: (done: number, total: number) => void;
}

export interface DemoWorldResult extends ChunkCounts {
  /**
   * `unchanged`: the same world (or the part asked for) was already there and nothing was written;
   * `partial`: creators were written but the world is not complete yet (upTo, or stopped).
   */
  status: 'generated' | 'unchanged' | 'partial';
  /** Creators of the world stored after this call, and its full size. */
  stored: number;
  target: number;
  mode: 'full' | 'light';
  seed: number;
  asOf: string;
  workspace: string;
  /** Demo creators deleted first (with reset). */
  deleted: number;
  tookMs: number;
}

export const MAX_DEMO_CREATORS = 10_000_000;

export async function generateDemoWorld(db: DB, options: DemoWorldOptions): Promise<DemoWorldResult> {
  const started = Date.now();
  const { creators: total, seed } = options;
  if (!Number.isInteger(total) || total < 0 || total > MAX_DEMO_CREATORS)
    throw new AppError('bad_request', `creators must be an integer from 0 to ${MAX_DEMO_CREATORS}, got ${total}`);
  if (!Number.isSafeInteger(seed)) throw new AppError('bad_request', `seed must be an integer, got ${seed}`);
  const asOf = options.asOf ?? startOfTodayUtc();
  if (Number.isNaN(asOf.getTime())) throw new AppError('bad_request', 'asOf is not a valid date');
  const slug = options.workspace ?? 'demo';
  const mode = total > (options.lightAbove ?? DEFAULT_LIGHT_ABOVE) ? LIGHT_MODE : FULL_MODE;
  const result: DemoWorldResult = {
    status: 'generated',
    mode: mode.name,
    seed,
    asOf: asOf.toISOString(),
    workspace: slug,
    deleted: 0,
    tookMs: 0,
    stored: 0,
    target: total,
    creators: 0,
    accounts: 0,
    posts: 0,
    comments: 0,
    snapshots: 0,
    postSnapshots: 0,
    audiences: 0,
  };

  const upTo = Math.min(total, options.upTo ?? total);
  if (!Number.isInteger(upTo) || upTo < 0)
    throw new AppError('bad_request', `upTo must be a whole number, got ${upTo}`);
  const existing = await findDemoWorld(db);
  const plan = existing ? await readDemoWorldPlan(db) : undefined;
  let from = 0;
  let resumed: DemoWorldPlan | undefined;
  if (existing && !options.reset) {
    const sameWorld = existing.seed === seed && (plan ? plan.target === total : existing.creators === total);
    if (sameWorld && existing.creators >= upTo) {
      // The labels keep asOf's day: report the world as of that day.
      const storedAsOf = plan
        ? new Date(plan.asOfMs).toISOString()
        : existing.asOf
          ? `${existing.asOf}T00:00:00.000Z`
          : result.asOf;
      return {
        ...result,
        ...(await countDemoRows(db)),
        status: 'unchanged',
        stored: existing.creators,
        asOf: storedAsOf,
        tookMs: Date.now() - started,
      };
    }
    if (!sameWorld || !plan) {
      const size =
        plan && plan.target !== existing.creators
          ? `${plan.target} (${existing.creators} written so far)`
          : existing.creators;
      throw new AppError(
        'conflict',
        `The database already holds a demo world of ${size} creators (seed ${existing.seed ?? 'unknown'}${existing.asOf ? `, as of ${existing.asOf}` : ''}). ` +
          `Generating ${total} creators with seed ${seed} would replace it: run again with --reset, which deletes the demo creators ` +
          'and everything attached to them (imported creators are kept).',
      );
    }
    // The same world, not finished: continue where it stopped, with its ids and dates.
    from = existing.creators;
    resumed = plan;
  }
  if (existing && !resumed) result.deleted = await deleteDemoWorld(db);

  const worldAsOf = resumed ? new Date(resumed.asOfMs) : asOf;
  result.asOf = worldAsOf.toISOString();
  const workspace = await ensureWorkspace(db, slug, { name: 'Demo — Sole & Anklet Co.', currency: 'GBP' });
  const taken = new Set(
    (await db.selectFrom('accounts').select(['platform', 'handle']).execute()).map((a) => `${a.platform}:${a.handle}`),
  );
  const base = resumed?.base ?? (await allocateIds(db));
  if (!resumed) await saveDemoWorldPlan(db, { target: total, seed, asOfMs: worldAsOf.getTime(), base });
  const constants: RunConstants = { now: worldAsOf.toISOString(), workspaceId: workspace.id };
  // Enough rows per transaction to amortise the commit, few enough to keep memory and the WAL small,
  // and few enough that a chunk's rows (alive until written) mostly die in V8's young generation: at
  // 2,000 light creators they outlived it and the garbage collector copied them twice (~25 % more CPU).
  // 1,000 rather than 500 light creators: a million-creator world dirties one page of each random-order
  // index (handles, external ids, followers, postings) per account either way, and half as many commits
  // write the shared pages half as often: 39.8–40.9 s per 100k creators against 42.3–42.7 at 500k.
  const chunk = options.chunkSize ?? (mode.name === 'light' ? 1_000 : 250);
  if (!Number.isInteger(chunk) || chunk < 1)
    throw new AppError('bad_request', `chunkSize must be a positive integer, got ${chunk}`);
  // A failure leaves the creators committed so far: they are a prefix of the world, and the plan
  // lets the next call (or `--reset`) take it from there.
  result.stored = from;
  await writeWorld(db, {
    seed,
    asOf: worldAsOf.getTime(),
    mode,
    base,
    constants,
    from,
    to: upTo,
    chunk,
    taken,
    workers: options.workers,
    derive:
      options.deriveMetrics === true &&
      !(await db.selectFrom('known_profiles').select('handle').limit(1).executeTakeFirst()),
    signal: options.signal,
    onChunk: (counts, done) => {
      for (const key of Object.keys(counts) as (keyof ChunkCounts)[]) result[key] += counts[key];
      result.stored = done;
      options.onProgress?.(done, total);
    },
  });
  if (result.stored < total) result.status = 'partial';
  await advanceSequences(db);
  result.tookMs = Date.now() - started;
  return result;
}

function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
