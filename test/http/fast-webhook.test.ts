// Store webhooks answered before the Hono app (src/http/fast-webhook.ts) get the app's own answer: same
// status, body and headers; what the fast path does not take (another host, platform or body framing)
// reaches the app and is answered as before.
import { createServer, request, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { fastWebhook } from '../../src/http/fast-webhook.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { connectShopify, quietRuntime, shopifyHeaders, shopifyOrder, testConfig } from '../support/commerce.ts';
import { hasTestData } from '../support/test-data.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe.each(testDialects)('store webhooks before the app on %s', (dialect) => {
  let t: TestDatabase;
  let runtime: Runtime;
  let app: ReturnType<typeof createApp>;
  let server: Server;
  let port: number;
  /** Per request: whether the fast path took it. */
  let taken: boolean[];

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const ws = await ensureWorkspace(t.db, 'acme');
    await connectShopify(t.db, ws.id);
    const config = testConfig();
    runtime = quietRuntime(t.db, config);
    app = createApp({ db: t.db, config, runtime });
    const listener = getRequestListener(app.fetch);
    taken = [];
    // As start-server.ts wires it.
    server = createServer((req, res) => {
      const fast = fastWebhook(runtime, config, req, res);
      taken.push(fast);
      if (!fast) void listener(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterEach(async () => {
    await new Promise<void>((done) => server.close(() => done()));
    await runtime.close();
    await t.close();
  });

  const send = (path: string, body: string, headers: Record<string, string>, chunked = false) =>
    new Promise<Answer>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'POST',
          headers: chunked ? headers : { 'content-length': String(Buffer.byteLength(body)), ...headers },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (d: string) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        },
      );
      req.on('error', reject);
      if (chunked) req.write(body.slice(0, 1));
      req.end(chunked ? body.slice(1) : body);
    });
  const throughApp = async (path: string, body: string, headers: Record<string, string>): Promise<Answer> => {
    const res = await app.request(path, { method: 'POST', body, headers });
    return { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() };
  };
  /**
   * What both answers must share: the headers Node's server adds (date, keep-alive; content-length, which
   * app.request does not give) aside.
   */
  const comparable = ({ status, headers, body }: Answer) => {
    const { date: _d, connection: _c, 'keep-alive': _k, 'content-length': _l, ...rest } = headers;
    return { status, headers: rest, body };
  };

  it('answers a refused delivery exactly as the app does', async () => {
    const body = '{"id":1}';
    const headers = shopifyHeaders(body, 'orders/create', 'w1', 'not-the-secret');
    for (const path of ['/webhooks/shopify/acme', '/webhooks/shopify/nobody', '/webhooks/shopify/acme?x=1']) {
      const fast = await send(path, body, headers);
      expect(comparable(fast)).toEqual(comparable(await throughApp(path, body, headers)));
      expect(fast.status).toBe(401);
    }
    expect(taken).toEqual([true, true, true]);
  });

  it.runIf(hasTestData)('stores and processes a signed order, then answers its repeat as the app does', async () => {
    const body = JSON.stringify(shopifyOrder('dis3', { id: 5_000_000_001 }));
    const headers = shopifyHeaders(body, 'orders/create', 'w2');
    const first = await send('/webhooks/shopify/acme', body, headers);
    expect(first.status).toBe(200);
    const stored = JSON.parse(first.body) as { outcome: string; order_id: number };
    expect(stored.outcome).toBe('processed');
    const again = comparable(await send('/webhooks/shopify/acme', body, headers));
    const viaApp = comparable(await throughApp('/webhooks/shopify/acme', body, headers));
    // Each repeat is stored as its own delivery (its id differs); the order is the first one's.
    const { delivery_id: _a, ...repeat } = JSON.parse(again.body);
    const { delivery_id: _b, ...repeatViaApp } = JSON.parse(viaApp.body);
    expect(repeat).toEqual({ ok: true, outcome: 'duplicate', order_id: stored.order_id });
    expect(repeatViaApp).toEqual(repeat);
    expect({ ...again, body: '' }).toEqual({ ...viaApp, body: '' });
    expect(
      Number(
        (
          await t.db
            .selectFrom('orders')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(1);
  });

  it('leaves another host, an unknown platform and a chunked body to the app', async () => {
    const body = '{"id":1}';
    const headers = shopifyHeaders(body, 'orders/create', 'w3', 'not-the-secret');
    const otherHost = await send('/webhooks/shopify/acme', body, { ...headers, host: 'rebound.example' });
    expect(otherHost.status).toBe(403);
    // Not a plain host name: the app reads and checks it (here: user info before an allowed name).
    expect((await send('/webhooks/shopify/acme', body, { ...headers, host: 'rebound.example@127.0.0.1' })).status).toBe(
      400,
    );
    expect((await send('/webhooks/bigcommerce/acme', body, headers)).status).toBe(404);
    expect((await send('/webhooks/shopify/acme', body, headers, true)).status).toBe(401);
    expect(taken).toEqual([false, false, false, false]);
  });
});
