import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener, type ServerType } from '@hono/node-server';
import { AppError } from '../core/app-error.ts';
import { createRuntime, type Runtime } from '../services/server-caches-and-buffers.ts';
import { markInterruptedRuns } from '../storage/imports/mark-interrupted-runs.ts';
import { probeWrites } from '../storage/probe-writes.ts';
import type { AppOptions } from './context.ts';
import { createApp } from './app.ts';
import { fastRedirect } from './fast-redirect.ts';
import { fastWebhook } from './fast-webhook.ts';

export interface RunningServer {
  url: string;
  server: ServerType;
  runtime: Runtime;
  /** Stops accepting, then flushes buffered clicks and pending webhook writes. */
  close: () => Promise<void>;
}

/** Serves the app on host:port (port 0 picks a free one); resolves once it listens. */
export async function startServer(deps: AppOptions, options: { host: string; port: number }): Promise<RunningServer> {
  const runtime = deps.runtime ?? createRuntime(deps);
  await refuseToStartBroken(deps, runtime);
  // Import runs a killed process left "running" say "interrupted" from now on.
  await markInterruptedRuns(deps.db);
  const app = createApp({ ...deps, runtime });
  const honoListener = getRequestListener(app.fetch);
  // Tracked links and store webhooks are answered before Hono (see fast-redirect.ts, fast-webhook.ts);
  // everything else goes to the app.
  const server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
    if (!fastRedirect(runtime, req, res) && !fastWebhook(runtime, deps.config, req, res)) void honoListener(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const info = server.address() as AddressInfo;
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        server,
        runtime,
        close: async () => {
          await new Promise<void>((done) => {
            server.close(() => done());
            // Idle keep-alive connections would hold close() open; requests in flight get a moment to finish.
            server.closeIdleConnections();
            setTimeout(() => server.closeAllConnections(), 1_000).unref();
          });
          await runtime.close();
        },
      });
    });
  });
}

/** A server that cannot write or decrypt would answer every webhook with an error: refuse, in one line. */
async function refuseToStartBroken(deps: AppOptions, runtime: Runtime): Promise<void> {
  const { database } = deps.config;
  const where = database.dialect === 'sqlite' ? database.file : 'the Postgres database';
  try {
    await probeWrites(deps.db);
  } catch (error) {
    throw new AppError('internal', `Not starting: ${where} does not accept writes (${(error as Error).message}).`);
  }
  try {
    runtime.secretKey();
  } catch (error) {
    throw new AppError('internal', `Not starting: the secret key does not load (${(error as Error).message}).`);
  }
}
