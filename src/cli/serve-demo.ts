// The demo workspace of `serve`: on an empty database (or one whose demo world stopped growing when
// the server last stopped) it is written after the server listens, in two stages (seed-demo.ts): a
// small complete world that the sign-in page offers as soon as it is there, then the rest of the
// configured size in the background, with progress in the log, on the sign-in page and in /health.
// Ctrl+C stops the growth between two chunks; the next start continues it.
import type { Config } from '../config.ts';
import { DEFAULT_LIGHT_ABOVE } from '../demo/modes.ts';
import { demoNeedsFinishing } from '../services/demo/demo-needs-finishing.ts';
import type { DemoGrowth, DemoPreparation } from '../services/demo/demo-preparation.ts';
import { seedDemo, STARTER_CREATORS } from '../services/demo/seed-demo.ts';
import type { DB } from '../storage/connect.ts';
import { isEmptyInstallation } from '../storage/is-empty-installation.ts';
import type { CliContext } from './command.ts';

export interface ServeDemo {
  /** How far the small world is (undefined once the demo can be opened). */
  preparation: () => DemoPreparation | undefined;
  /** How far the rest of the world is (undefined when not growing). */
  growth: () => DemoGrowth | undefined;
  /** Writes the demo; never rejects (a failure is logged). */
  run: () => Promise<void>;
  /** Stops after the chunk being written; `run` then resolves. */
  stop: () => void;
}

/** The demo this start has to write, or undefined when there is none to write. */
export async function serveDemo(
  db: DB,
  ctx: Pick<CliContext, 'config' | 'err'>,
  options: { starter?: number; chunkSize?: number } = {},
): Promise<ServeDemo | undefined> {
  const configured = ctx.config.demo;
  const world = (await isEmptyInstallation(db))
    ? configured.creators > 0
      ? { creators: configured.creators, seed: configured.seed }
      : undefined
    : await demoNeedsFinishing(db);
  if (!world) return undefined;
  const abort = new AbortController();
  const starter = Math.min(world.creators, options.starter ?? STARTER_CREATORS);
  let preparation: DemoPreparation | undefined = { phase: 'world', done: 0, total: starter };
  let growth: DemoGrowth | undefined;
  return {
    preparation: () => preparation,
    growth: () => growth,
    stop: () => abort.abort(),
    run: async () => {
      try {
        await writeDemo(db, ctx.config, ctx.err, { ...world, starter, chunkSize: options.chunkSize }, abort.signal, {
          preparing: (p) => (preparation = p),
          ready: () => (preparation = undefined),
          growing: (g) => (growth = g),
        });
      } catch (error) {
        ctx.err(`The demo workspace could not be prepared: ${(error as Error).message}`);
      } finally {
        preparation = undefined;
        growth = undefined;
      }
    },
  };
}

async function writeDemo(
  db: DB,
  config: Config,
  log: (line: string) => void,
  world: { creators: number; seed: number; starter: number; chunkSize?: number },
  signal: AbortSignal,
  report: {
    preparing: (p: DemoPreparation) => void;
    ready: () => void;
    growing: (g: DemoGrowth) => void;
  },
): Promise<void> {
  const n = (x: number) => x.toLocaleString('en-US');
  const { starter } = world;
  log(
    `Demo workspace: ${n(world.creators)} synthetic creators (seed ${world.seed}; MICROREACH_DEMO_CREATORS changes it), ` +
      `${world.creators > starter ? `the first ${n(starter)} now, the rest in the background` : 'now'}…`,
  );
  const started = Date.now();
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  let phase: 'world' | 'metrics' | 'campaign' | 'creators' | 'growing-metrics' = 'world';
  let growing = false;
  // One line per phase and every quarter of it: the log stays readable, with or without a terminal.
  let logged = -1;
  const progress = (done: number, total: number) => {
    if (growing) report.growing({ phase: phase === 'growing-metrics' ? 'metrics' : 'creators', done, total });
    else if (phase !== 'creators' && phase !== 'growing-metrics') {
      // The world's progress counts towards its full size: the small world is its first `starter` creators.
      if (phase === 'world') total = starter;
      report.preparing({ phase, done, total });
    }
    const quarter = total > 0 ? Math.floor((done / total) * 4) : 0;
    if (quarter === logged) return;
    logged = quarter;
    const what = growing
      ? phase === 'growing-metrics'
        ? 'vetting numbers'
        : 'creators'
      : `small world ${phase === 'world' ? 'creators' : phase}`;
    log(`  demo ${what}: ${n(done)} of ${n(total)} (${seconds()})`);
  };
  const result = await seedDemo(db, {
    creators: world.creators,
    seed: world.seed,
    starter,
    // Small chunks: each is one write transaction, and requests that write wait for it.
    chunkSize: world.chunkSize ?? (world.creators > DEFAULT_LIGHT_ABOVE ? undefined : 50),
    // The rest is built and derived on worker threads, so the server keeps answering.
    background: true,
    signal,
    sqliteFile: config.database.dialect === 'sqlite' ? config.database.file : undefined,
    onProgress: progress,
    onMetricsProgress: progress,
    onPhase: (next) => {
      logged = -1;
      if (next === 'growing' || next === 'growing-metrics') {
        growing = true;
        phase = next === 'growing' ? 'creators' : 'growing-metrics';
        report.growing({ phase: next === 'growing' ? 'creators' : 'metrics', done: 0, total: 0 });
        return;
      }
      phase = next;
      report.preparing({ phase: next, done: 0, total: 0 });
    },
    onReady: () => {
      report.ready();
      log(`Demo workspace ready in ${seconds()}: open it from the sign-in page.`);
    },
  });
  if (result.world.stored < result.world.target)
    log(
      `Demo world stopped at ${n(result.world.stored)} of ${n(result.world.target)} creators: the next start continues it.`,
    );
  else log(`Demo world complete in ${seconds()}: ${n(result.world.stored)} creators, discovery follows.`);
}
