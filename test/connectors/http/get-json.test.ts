// A platform API's answer is read while it streams, up to a bound: an endless or huge body is refused
// without being held in memory, a normal one parses.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson } from '../../../src/connectors/http/get-json.ts';

describe('getJson', () => {
  let server: Server;
  let base: string;
  let sentHuge = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/small') return void res.end('{"data":[{"id":"17841400000000001"}]}');
      // Chunked, no Content-Length: 64 KiB pieces for as long as the client keeps reading (at most 8 MiB).
      const piece = Buffer.alloc(64 * 1024, 0x20);
      const push = () => {
        while (sentHuge < 8 * 1024 * 1024) {
          sentHuge += piece.length;
          if (!res.write(piece)) return void res.once('drain', push);
        }
        res.end();
      };
      res.on('close', () => undefined);
      push();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const options = { api: 'Test API', secretParams: ['access_token'], maxBytes: 256 * 1024 };

  it('parses an answer under the bound', async () => {
    expect(await getJson(new URL(`${base}/small`), options)).toEqual({ data: [{ id: '17841400000000001' }] });
  });

  it('refuses an answer past the bound, naming the API, and stops reading it', async () => {
    await expect(getJson(new URL(`${base}/huge?access_token=secret`), options)).rejects.toThrow(
      /the Test API answered GET .*access_token=\*+.* with more than 262144 bytes: refused/,
    );
    expect(sentHuge).toBeLessThan(8 * 1024 * 1024);
  });
});
