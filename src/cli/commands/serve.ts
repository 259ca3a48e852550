import { forHost } from '../../config.ts';
import { startServer } from '../../http/start-server.ts';
import { startDiscoveryIndex } from '../start-discovery-index.ts';
import { startOutreachWorker } from '../../services/outreach/start-outreach-worker.ts';
import { outreachDeps } from '../outreach-deps.ts';
import type { DemoPreparation } from '../../services/demo/demo-preparation.ts';
import { seedDemo } from '../../services/demo/seed-demo.ts';
import type { DB } from '../../storage/connect.ts';
import { isEmptyInstallation } from '../../storage/is-empty-installation.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import type { CliContext, Command } from '../command.ts';
import { progressBar } from '../progress.ts';

const usage = 'microreach serve [--host HOST] [--port PORT] [--no-demo]';

export const serveCommand: Command = {
  path: ['serve'],
  usage,
  summary: 'Serve the web app and the REST API (fills an empty database with the demo workspace first).',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      { host: { type: 'string' }, port: { type: 'string' }, 'no-demo': { type: 'boolean', default: false } },
      usage,
    );
    const host = values.host ?? ctx.config.host;
    const port = intOption('port', values.port, ctx.config.port);
    const db = await ctx.db();
    // An empty database is filled with the demo after the server listens (first start in seconds): the
    // sign-in page shows the progress and offers the demo once it is complete.
    const seeding = !values['no-demo'] && ctx.config.demo.creators > 0 && (await isEmptyInstallation(db));
    let preparing: DemoPreparation | undefined = seeding
      ? { phase: 'world', done: 0, total: ctx.config.demo.creators }
      : undefined;
    const config = forHost(ctx.config, host);
    // The discovery index is built (or loaded from its snapshot) in the background from the start.
    const discovery = startDiscoveryIndex(db, ctx);
    const running = await startServer({ db, config, demoProgress: () => preparing, discovery }, { host, port });
    // Outreach sends and other durable jobs run beside the server (issue 13).
    const worker = startOutreachWorker(db, outreachDeps(ctx.config, running.url), {
      onError: (error) => ctx.err(`Background jobs: ${(error as Error).message}`),
    });
    ctx.err(
      `microreach is serving ${running.url} (database: ${ctx.config.database.dialect === 'sqlite' ? ctx.config.database.file : 'postgres'})`,
    );
    ctx.err(
      `Open ${running.url} in a browser${config.demo.login ? ' and choose "Open the demo workspace"' : ''}. Press Ctrl+C to stop.`,
    );
    const seeded = seeding
      ? seedEmptyDatabase(db, ctx, (p) => (preparing = p)).then(
          () => (preparing = undefined),
          (error: unknown) => {
            preparing = undefined;
            ctx.err(`The demo workspace could not be prepared: ${(error as Error).message}`);
          },
        )
      : Promise.resolve();
    await new Promise<void>((resolve) => {
      const stop = () => {
        ctx.err(
          preparing ? 'Stopping once the demo workspace is written (Ctrl+C again to stop at once)…' : 'Stopping…',
        );
        // A demo being written is finished first: a half-written demo would not be completed at the next start.
        void seeded
          .then(() => worker.stop())
          .then(() => running.close())
          .then(resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};

async function seedEmptyDatabase(db: DB, ctx: CliContext, report: (p: DemoPreparation) => void): Promise<void> {
  const { creators, seed } = ctx.config.demo;
  ctx.err(
    `Empty database: generating the demo workspace (${creators.toLocaleString('en-US')} synthetic creators, seed ${seed}; set MICROREACH_DEMO_CREATORS to change)…`,
  );
  const { database } = ctx.config;
  let bar = ctx.interactive ? progressBar('creators') : undefined;
  const started = Date.now();
  let phase: DemoPreparation['phase'] = 'world';
  // Without a terminal, one line per phase and every quarter of it (a log stays readable).
  let logged = -1;
  const progress = (done: number, total: number) => {
    report({ phase, done, total });
    bar?.update(done, total);
    const quarter = total > 0 ? Math.floor((done / total) * 4) : 0;
    if (!ctx.interactive && quarter !== logged) {
      logged = quarter;
      ctx.err(`  demo ${phase}: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`);
    }
  };
  try {
    const result = await seedDemo(db, {
      creators,
      seed,
      sqliteFile: database.dialect === 'sqlite' ? database.file : undefined,
      onProgress: progress,
      onPhase: (next) => {
        phase = next;
        logged = -1;
        report({ phase, done: 0, total: 0 });
        if (next !== 'metrics') return;
        bar?.done();
        bar = ctx.interactive ? progressBar('metrics ') : undefined;
      },
      onMetricsProgress: progress,
    });
    bar?.done();
    ctx.err(
      `Demo workspace ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.world.creators.toLocaleString('en-US')} creators${result.campaign ? ', a finished campaign' : ''}.`,
    );
  } finally {
    bar?.done();
  }
}
