import { forHost } from '../../config.ts';
import { startServer } from '../../http/start-server.ts';
import { SHUTDOWN_SNAPSHOT_MS, startDiscoveryIndex } from '../start-discovery-index.ts';
import { startOutreachWorker } from '../../services/outreach/start-outreach-worker.ts';
import { outreachDeps } from '../outreach-deps.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { serveDemo } from '../serve-demo.ts';

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
    // The demo is written after the server listens (first start in seconds): a small world first, which
    // the sign-in page offers once it is complete, then the rest in the background (cli/serve-demo.ts).
    const demo = values['no-demo'] ? undefined : await serveDemo(db, ctx);
    const config = forHost(ctx.config, host);
    // The discovery index is built (or loaded from its snapshot) in the background from the start.
    const discovery = startDiscoveryIndex(db, ctx);
    const running = await startServer(
      { db, config, demoProgress: demo?.preparation, demoGrowth: demo?.growth, discovery },
      { host, port },
    );
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
    const seeded = demo ? demo.run() : Promise.resolve();
    await new Promise<void>((resolve) => {
      const stop = () => {
        const writing = demo && (demo.preparation() || demo.growth());
        ctx.err(
          writing
            ? 'Stopping once the demo chunk being written is committed (Ctrl+C again to stop at once)…'
            : 'Stopping…',
        );
        // The demo stops between two chunks; the next start continues it (cli/serve-demo.ts).
        demo?.stop();
        void seeded
          .then(() => worker.stop())
          .then(() => running.close())
          // Then the index snapshot, so the next start replays only what came after it (bounded in time).
          .then(() => discovery.stop(SHUTDOWN_SNAPSHOT_MS))
          .then(resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
