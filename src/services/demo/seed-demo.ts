// The whole demo workspace in one call (what `npm start` runs on an empty database and what
// `microreach demo` runs): the generated world, its derived vetting and discovery numbers, the
// workspace's currency rates, and a finished campaign.
//
// In two stages, so that a first start serves the demo within seconds: a small complete world
// first (the first STARTER_CREATORS creators, their numbers, the rates and the campaign, whose
// creators are chosen among them), then `onReady`, then the rest of the world and its numbers.
// Every caller goes through both stages, so a world is the same row for row whoever built it.
import { generateDemoWorld, type DemoWorldOptions, type DemoWorldResult } from '../../demo/generate-demo-world.ts';
import type { DB } from '../../storage/connect.ts';
import { setCurrencyRate } from '../../storage/currency-rates/set-currency-rate.ts';
import { findWorkspaceBySlug } from '../../storage/workspaces/workspaces.ts';
import { refreshUnmeasuredAccounts } from '../vetting/refresh-unmeasured-accounts.ts';
import { pickCampaignCast } from './pick-campaign-cast.ts';
import { seedDemoCampaign } from './seed-demo-campaign.ts';

/** Rates the demo uses (GBP workspace; prices are computed in USD). Illustrative, not live. */
export const DEMO_RATES: [string, string, string][] = [
  ['USD', 'GBP', '0.79'],
  ['EUR', 'GBP', '0.85'],
  ['HKD', 'GBP', '0.1012'],
];

/**
 * Creators of the first stage: enough for the demo brief to rank footwear and accessories creators
 * and for the campaign's cast (seed 42, the default, finds it among the first 113; a seed whose
 * first 150 hold no such cast gets no campaign), few enough to be written and derived in seconds.
 */
export const STARTER_CREATORS = 150;

/** Accounts per metrics transaction when nothing else is writing (see RefreshOptions.writeBatch). */
const BULK_WRITE_BATCH = 25_000;

export type SeedPhase = 'world' | 'metrics' | 'campaign' | 'growing' | 'growing-metrics';

export interface SeedDemoOptions extends Omit<DemoWorldOptions, 'upTo'> {
  sqliteFile?: string;
  /** Creators of the first stage (default STARTER_CREATORS). */
  starter?: number;
  onPhase?: (phase: SeedPhase) => void;
  onMetricsProgress?: (done: number, total: number) => void;
  /** The first stage is complete: the demo workspace can be opened while the rest is written. */
  onReady?: () => void;
  /**
   * Write and derive the second stage on worker threads whatever its size (inside `serve`: requests
   * keep being answered). The first stage stays on this thread: for a few hundred creators, starting
   * the workers costs more than it saves.
   */
  background?: boolean;
}

export interface SeedDemoResult {
  world: DemoWorldResult;
  metrics: { accounts: number; tookMs: number };
  campaign: { id: number; created: boolean } | null;
}

export async function seedDemo(db: DB, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const starter = Math.min(options.creators, options.starter ?? STARTER_CREATORS);
  options.onPhase?.('world');
  const first = await generateDemoWorld(db, { ...options, upTo: starter, workers: false });
  // Stopped before the small world was whole: the next run continues it (see demoNeedsFinishing).
  if (first.stored < starter) return { world: first, metrics: { accounts: 0, tookMs: 0 }, campaign: null };
  const metricsOptions = {
    now: new Date(first.asOf),
    sqliteFile: options.sqliteFile,
    onProgress: options.onMetricsProgress,
  };
  let metricsMs = 0;
  const measure = async (phase: SeedPhase, parallelAbove?: number) => {
    const started = Date.now();
    options.onPhase?.(phase);
    // Built in the foreground (a bench or `microreach demo`), nothing else waits for the write lock:
    // large transactions. Inside `serve` the default keeps each one short.
    const writeBatch = options.background ? undefined : BULK_WRITE_BATCH;
    const n = await refreshUnmeasuredAccounts(db, { ...metricsOptions, parallelAbove, writeBatch });
    metricsMs += Date.now() - started;
    return n;
  };
  let refreshed = await measure('metrics');
  const campaign = await seedCampaign(db, first, starter, options.onPhase);
  options.onReady?.();
  if (first.stored >= first.target)
    return { world: first, metrics: { accounts: refreshed, tookMs: metricsMs }, campaign };

  options.onPhase?.('growing');
  // Never a reset here: the first stage did it, and this continues its world.
  // Its workers derive the new accounts' metrics as they make them: the metrics phase then only ranks.
  const rest = await generateDemoWorld(db, {
    ...options,
    reset: false,
    workers: options.background || options.workers,
    deriveMetrics: true,
  });
  if (rest.status !== 'partial') refreshed += await measure('growing-metrics', options.background ? 0 : undefined);
  const world: DemoWorldResult = {
    ...rest,
    ...sumCounts(first, rest),
    status: first.status === 'unchanged' && rest.status === 'unchanged' ? 'unchanged' : rest.status,
    tookMs: first.tookMs + rest.tookMs,
  };
  return { world, metrics: { accounts: refreshed, tookMs: metricsMs }, campaign };
}

/** The rates and the finished campaign, made once (a second run finds them). */
async function seedCampaign(
  db: DB,
  world: DemoWorldResult,
  starter: number,
  onPhase: SeedDemoOptions['onPhase'],
): Promise<SeedDemoResult['campaign']> {
  const workspace = await findWorkspaceBySlug(db, world.workspace);
  if (!workspace || world.stored === 0) return null;
  for (const [from, to, rate] of DEMO_RATES) await setCurrencyRate(db, workspace.id, from, to, rate);
  const cast = await pickCampaignCast(db, workspace.id, starter);
  if (cast.length < 3) return null;
  onPhase?.('campaign');
  const seeded = await seedDemoCampaign(db, {
    workspaceId: workspace.id,
    creatorIds: cast,
    seed: world.seed,
    asOf: new Date(world.asOf),
  });
  return { id: seeded.campaignId, created: seeded.created };
}

/** Rows of the whole world: an unchanged stage counted everything stored, a generated one what it wrote. */
function sumCounts(first: DemoWorldResult, rest: DemoWorldResult) {
  return rest.status === 'unchanged' ? pick(rest) : add(pick(first), pick(rest));
}

const pick = (r: DemoWorldResult) => ({
  creators: r.creators,
  accounts: r.accounts,
  posts: r.posts,
  comments: r.comments,
  snapshots: r.snapshots,
  postSnapshots: r.postSnapshots,
  audiences: r.audiences,
});

const add = (a: ReturnType<typeof pick>, b: ReturnType<typeof pick>) => ({
  creators: a.creators + b.creators,
  accounts: a.accounts + b.accounts,
  posts: a.posts + b.posts,
  comments: a.comments + b.comments,
  snapshots: a.snapshots + b.snapshots,
  postSnapshots: a.postSnapshots + b.postSnapshots,
  audiences: a.audiences + b.audiences,
});
