import { startServer } from '../../http/start-server.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

const usage = 'microreach serve [--host HOST] [--port PORT]';

export const serveCommand: Command = {
  path: ['serve'],
  usage,
  summary: 'Serve the web app and the REST API (fills an empty database with the demo workspace first).',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(args, { host: { type: 'string' }, port: { type: 'string' } }, usage);
    const host = values.host ?? ctx.config.host;
    const port = intOption('port', values.port, ctx.config.port);
    const db = await ctx.db();
    const running = await startServer({ db, config: ctx.config }, { host, port });
    ctx.err(`microreach is serving ${running.url} (database: ${ctx.config.database.dialect === 'sqlite' ? ctx.config.database.file : 'postgres'})`);
    ctx.err('Press Ctrl+C to stop.');
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
