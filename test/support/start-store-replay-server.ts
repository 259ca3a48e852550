// The HTTP server behind the store replays (store-admin-replay.ts, store-seeding-replay.ts): 127.0.0.1 on a
// free port, each request handed over with its whole body read; closing drops kept-alive connections too,
// so a test's stalled answer never holds the close up.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendJson } from './send-json.ts';

/** A request as the replays record it: method, path, GraphQL operation (null for REST) and parsed body. */
export interface StoreReplayRequest {
  method: string;
  path: string;
  operation: string | null;
  body: unknown;
}

export async function startStoreReplayServer(
  handle: (request: IncomingMessage, raw: string, response: ServerResponse) => void,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    readBody(request).then(
      (raw) => handle(request, raw, response),
      () => sendJson(response, 400, { errors: 'unreadable body' }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
