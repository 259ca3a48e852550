// A local HTTP server on 127.0.0.1 (a free port) that answers API requests with recorded payloads,
// so clients are tested over real HTTP without reaching the internet. Every request is kept for
// assertions; a request no route answers gets a 404 with a Graph/Google-style error body.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetchFn } from '../../src/connectors/http/get-json.ts';

export interface Reply {
  status?: number;
  body: unknown;
}

export type Route = (url: URL, request: IncomingMessage) => Reply | undefined;

export interface ReplayServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  requests: URL[];
  close: () => Promise<void>;
}

export async function startReplayServer(route: Route): Promise<ReplayServer> {
  const requests: URL[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    let reply: Reply | undefined;
    try {
      reply = request.method === 'GET' ? route(url, request) : undefined;
    } catch (error) {
      // A route that throws (a missing recording, say) answers 500 at once instead of leaving the
      // client to time out, so the test fails with the reason.
      reply = { status: 500, body: { error: { message: `replay route failed: ${String(error)}`, code: 500 } } };
    }
    const status = reply?.status ?? (reply ? 200 : 404);
    const body = reply?.body ?? { error: { message: `no recording for ${request.method} ${url.pathname}`, code: 404 } };
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** fetch that refuses anything but the loopback address, so a missing fake fails loudly instead of going online. */
export const loopbackOnlyFetch =
  (inner: FetchFn = fetch): FetchFn =>
  (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname !== '127.0.0.1') return Promise.reject(new Error(`test tried to reach ${url.origin}`));
    return inner(input, init);
  };
