import { forHost } from '../../config.ts';
import { startServer } from '../../http/start-server.ts';
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
    const { values } = parseCommandArgs(args, { host: { type: 'string' }, port: { type: 'string' }, 'no-demo': { type: 'boolean', default: false } }, usage);
    const host = values.host ?? ctx.config.host;
    const port = intOption('port', values.port, ctx.config.port);
    const db = await ctx.db();
    if (!values['no-demo'] && (await isEmptyInstallation(db))) await seedEmptyDatabase(db, ctx);
    const config = forHost(ctx.config, host);
    const running = await startServer({ db, config }, { host, port });
    ctx.err(`microreach is serving ${running.url} (database: ${ctx.config.database.dialect === 'sqlite' ? ctx.config.database.file : 'postgres'})`);
    ctx.err(`Open ${running.url} in a browser${config.demo.login ? ' and choose "Open the demo workspace"' : ''}. Press Ctrl+C to stop.`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        ctx.err('Stopping…');
        void running.close().then(resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};

async function seedEmptyDatabase(db: DB, ctx: CliContext): Promise<void> {
  const { creators, seed } = ctx.config.demo;
  if (creators === 0) return;
  ctx.err(`Empty database: generating the demo workspace (${creators.toLocaleString('en-US')} synthetic creators, seed ${seed}; set MICROREACH_DEMO_CREATORS to change)…`);
  const { database } = ctx.config;
  let bar = ctx.interactive ? progressBar('creators') : undefined;
  const started = Date.now();
  try {
    const result = await seedDemo(db, {
      creators, seed, sqliteFile: database.dialect === 'sqlite' ? database.file : undefined,
      onProgress: (d, t) => bar?.update(d, t),
      onPhase: (phase) => {
        if (phase !== 'metrics') return;
        bar?.done();
        bar = ctx.interactive ? progressBar('metrics ') : undefined;
      },
      onMetricsProgress: (d, t) => bar?.update(d, t),
    });
    bar?.done();
    ctx.err(`Demo workspace ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.world.creators.toLocaleString('en-US')} creators${result.campaign ? ', a finished campaign' : ''}.`);
  } finally {
    bar?.done();
  }
}
