// A delivery that meets a locked database (another process writes: SQLITE_BUSY) is not lost: it is
// stored and processed once the lock is gone. The lock is held by a real second process.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { createRuntime, type Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { connect, type DB } from '../../src/storage/connect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { connectShopify, shopifyHeaders, testConfig } from '../support/commerce.ts';
import { fixtureText } from '../support/fixtures.ts';
import { jsonBody } from '../support/json-body.ts';

const HOLD_LOCK = `
import Database from 'better-sqlite3';
const db = new Database(process.argv[1]);
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\\n');
process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); process.exit(0); });
`;

describe('a delivery during another process’s write (SQLite)', () => {
  let dir: string;
  let db: DB;
  let runtime: Runtime;
  afterEach(async () => {
    await runtime?.close();
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is stored and processed once the lock is released, never lost', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-busy-'));
    const file = join(dir, 'busy.db');
    db = connect({ dialect: 'sqlite', file }, { busyTimeoutMs: 50 });
    await migrateToLatest(db);
    const ws = await ensureWorkspace(db, 'acme', { currency: 'USD' });
    await connectShopify(db, ws.id);

    const holder = spawn(process.execPath, ['--input-type=module', '-e', HOLD_LOCK, file], {
      cwd: process.cwd(),
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    const log: string[] = [];
    // The first failed attempt releases the lock: the retry then finds the database free.
    runtime = createRuntime(
      { db, config: testConfig() },
      {
        log: (line) => {
          log.push(line);
          if (line.includes('not stored yet') && holder.stdin.writable) holder.stdin.end('go\n');
        },
      },
    );
    const app = createApp({ db, config: testConfig(), runtime });
    const body = fixtureText('shopify', 'test-order-cancelled.json');
    const res = await app.request('/webhooks/shopify/acme', {
      method: 'POST',
      body,
      headers: shopifyHeaders(body, 'orders/cancelled', 'busy-1'),
    });
    await exited;
    expect(log.some((line) => line.includes('SQLITE_BUSY') || line.includes('locked'))).toBe(true);
    expect(res.status).toBe(200);
    expect(await jsonBody(res)).toMatchObject({ outcome: 'processed' });
    const stored = await db.selectFrom('webhook_deliveries').select(['outcome', 'external_id']).execute();
    expect(stored).toEqual([{ outcome: 'processed', external_id: 'busy-1' }]);
    expect(await db.selectFrom('orders').select('external_id').execute()).toEqual([
      { external_id: '820982911946154508' },
    ]);
  });
});
