// Threat: a request body that bloats or stalls the server: a huge chunked upload (no Content-Length
// to refuse it by), or a megabyte of whitespace aimed at each kind of body parser. The server runs
// on a real port so chunked transfer and the bytes read off the socket are the real thing; the
// assertions are on answers and on bytes, never on time.
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT, bodyRuleFor } from '../../src/http/limit-bodies.ts';
import { startServer, type RunningServer } from '../../src/http/start-server.ts';
import { MAX_BODY_BYTES } from '../../src/services/webhooks/receive-webhook.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { connectShopify, quietRuntime, testConfig } from '../support/commerce.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

const MiB = 1024 * 1024;
const WHITESPACE = ' \n\t'.repeat(333_334).slice(0, 1_000_000);

let t: TestDatabase;
let server: RunningServer;
let token: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await openTestDatabase('sqlite');
  const ws = await ensureWorkspace(t.db, 'acme', { currency: 'USD' });
  await connectShopify(t.db, ws.id);
  token = (await createApiToken(t.db, ws.id, 'test')).token;
  server = await startServer(
    { db: t.db, config: testConfig(), runtime: quietRuntime(t.db) },
    { host: '127.0.0.1', port: 0 },
  );
  server.server.on('connection', (socket: Socket) => sockets.push(socket));
});
afterAll(async () => {
  await server.close();
  await t.close();
});

interface Sent {
  status: number;
  body: string;
  bytesReadByServer: number;
}

/** Sends `total` bytes of whitespace in 64 KiB chunks (chunked transfer when `chunked`), stopping once answered. */
function send(path: string, headers: Record<string, string>, total: number, chunked: boolean): Promise<Sent> {
  const url = new URL(path, server.url);
  const before = sockets.length;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      agent: false,
      headers: { ...headers, ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(total) }) },
    });
    const chunk = Buffer.alloc(64 * 1024, ' ');
    let sent = 0;
    let answered = false;
    const pump = () => {
      while (!answered && sent < total) {
        const size = Math.min(chunk.length, total - sent);
        sent += size;
        if (!req.write(size === chunk.length ? chunk : chunk.subarray(0, size))) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    req.on('response', (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (b: Buffer) => parts.push(b));
      res.on('end', () => {
        req.destroy();
        const socket = sockets[before];
        resolve({
          status: res.statusCode!,
          body: Buffer.concat(parts).toString('utf8'),
          bytesReadByServer: socket?.bytesRead ?? -1,
        });
      });
    });
    // The server closes the connection after refusing; a write racing that close is not a failure.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    pump();
  });
}

const api = (contentType: string) => ({ authorization: `Bearer ${token}`, 'content-type': contentType });

describe('request bodies are limited while they stream', () => {
  it.each([
    ['/api/v1/discover', 'application/json'],
    ['/api/v1/imports', 'multipart/form-data; boundary=xyz'],
  ])('100 MiB chunked to %s is refused with 413 after reading little more than its limit', async (path, type) => {
    const limit = bodyRuleFor(path).limit;
    const sent = await send(path, api(type), 100 * MiB, true);
    expect(sent.status).toBe(413);
    expect(JSON.parse(sent.body).error.code).toBe('payload_too_large');
    expect(sent.bytesReadByServer).toBeGreaterThan(limit);
    expect(sent.bytesReadByServer).toBeLessThan(limit + 4 * MiB);
  });

  it('a declared Content-Length over the limit is refused before the body is read', async () => {
    const sent = await send('/api/v1/campaigns', api('application/json'), 8 * MiB, false);
    expect(sent.status).toBe(413);
    expect(sent.bytesReadByServer).toBeLessThan(DEFAULT_BODY_LIMIT);
  });

  it('the webhook intake answers its own documented 413 shape', async () => {
    const sent = await send('/webhooks/shopify/acme', { 'content-type': 'application/json' }, 100 * MiB, true);
    expect(sent.status).toBe(413);
    expect(JSON.parse(sent.body)).toEqual({ ok: false, error: 'Body too large' });
    // Read from Node's request directly (limit-bodies.ts, rule `raw`): still stopped just past the limit.
    expect(sent.bytesReadByServer).toBeGreaterThan(MAX_BODY_BYTES);
    expect(sent.bytesReadByServer).toBeLessThan(MAX_BODY_BYTES + 4 * MiB);
  });
});

describe('1 MB of whitespace to each kind of body parser gets a clear 4xx', () => {
  const origin = () => ({ origin: server.url });
  it.each([
    ['JSON API body', '/api/v1/discover', () => api('application/json'), 400],
    ['JSON API body (campaign)', '/api/v1/campaigns', () => api('application/json'), 400],
    ['multipart upload', '/api/v1/imports', () => api('multipart/form-data; boundary=xyz'), 400],
    ['sign-in form', '/login', () => ({ ...origin(), 'content-type': 'application/x-www-form-urlencoded' }), 401],
    [
      'signed webhook (bad signature)',
      '/webhooks/shopify/acme',
      () => ({ 'content-type': 'application/json', 'x-shopify-hmac-sha256': 'AAAA' }),
      401,
    ],
    ['storefront checkout report', '/t/checkout', () => ({ 'content-type': 'text/plain' }), 413],
  ])('%s', async (_, path, headers, status) => {
    for (const chunked of [false, true]) {
      const sent = await send(path, headers(), WHITESPACE.length, chunked);
      expect(sent.status, `${path} chunked=${chunked}: ${sent.body.slice(0, 200)}`).toBe(status);
    }
  });
});
