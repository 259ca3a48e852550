// Profile pictures: fetched once from an allowed host, then served from disk; never anything but an image.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedPicture } from '../../src/services/creators/cached-picture.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);

describe('cached profile pictures', () => {
  let t: TestDatabase;
  let server: Server;
  let base = '';
  let dir = '';
  const hits: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-pictures-'));
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/face.jpg') res.end(JPEG);
      else if (req.url === '/page.html') res.end('<html><script>alert(1)</script></html>');
      else {
        res.statusCode = 302;
        res.setHeader('location', 'http://169.254.169.254/');
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await openTestDatabase('sqlite');
    const w = await ensureWorkspace(t.db, 'acme');
    await storeCreators(t.db, w.id, [
      creatorRecord({}, { handle: 'face', profilePictureUrl: `${base}/face.jpg` }),
      creatorRecord({}, { handle: 'html', profilePictureUrl: `${base}/page.html` }),
      creatorRecord({}, { handle: 'hop', profilePictureUrl: `${base}/redirect` }),
      creatorRecord({}, { handle: 'cdn', profilePictureUrl: 'https://scontent.cdninstagram.com/face.jpg' }),
    ]);
  });
  afterAll(async () => {
    server.close();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const idOf = async (handle: string) =>
    (await t.db.selectFrom('accounts').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id;
  const local = { hosts: ['127.0.0.1'], allowHttp: true };

  it('fetches an image once and serves it from disk afterwards', async () => {
    const id = await idOf('face');
    const first = await cachedPicture(t.db, id, { ...local, dir });
    const second = await cachedPicture(t.db, id, { ...local, dir });
    expect(first).toEqual({ bytes: JPEG, type: 'image/jpeg' });
    expect(second).toEqual(first);
    expect(hits.filter((h) => h === '/face.jpg')).toHaveLength(1);
  });

  it("refuses what is not an image, redirects, and hosts that are not the platforms'", async () => {
    expect(await cachedPicture(t.db, await idOf('html'), { ...local, dir })).toBeNull();
    expect(await cachedPicture(t.db, await idOf('hop'), { ...local, dir })).toBeNull();
    // The default host list never reaches a local address, whatever an import wrote.
    const before = hits.length;
    expect(await cachedPicture(t.db, await idOf('face'), { dir: join(dir, 'other') })).toBeNull();
    expect(hits.length).toBe(before);
  });
});
