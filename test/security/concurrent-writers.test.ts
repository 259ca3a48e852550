// Threat: one writer making another fail. A CLI import (its own process) and a burst of 2,000 signed
// webhook deliveries (the server, another connection) write the same SQLite file at once: every
// delivery is answered 200 and stored, and the import succeeds. Before transactions began as writers
// (BEGIN IMMEDIATE), a deferred transaction that found the lock taken failed at once with SQLITE_BUSY.
// The server's log is kept too: not one delivery met SQLITE_BUSY (not even one retried quietly).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/start-server.ts';
import { createRuntime } from '../../src/services/server-caches-and-buffers.ts';
import { connect, type DB } from '../../src/storage/connect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { connectShopify, shopifyHeaders, shopifyOrder, TEST_SECRET_KEY, testConfig } from '../support/commerce.ts';
import { spawnCli, writeCreatorCsv } from '../support/spawn-cli.ts';
import { hasTestData } from '../support/test-data.ts';

const DELIVERIES = 2_000;
const IMPORT_ROWS = 6_000;

describe.runIf(hasTestData)('an import and a burst of webhook deliveries on one SQLite file', () => {
  let dir: string;
  let db: DB;
  let server: RunningServer;
  const serverLog: string[] = [];
  const env = () => ({
    DATABASE_URL: join(dir, 'shared.db'),
    MICROREACH_DATA_DIR: dir,
    MICROREACH_SECRET_KEY: TEST_SECRET_KEY,
  });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-writers-'));
    const config = testConfig(env());
    db = connect(config.database);
    await migrateToLatest(db);
    const ws = await ensureWorkspace(db, 'acme', { currency: 'HKD' });
    await connectShopify(db, ws.id);
    const runtime = createRuntime({ db, config }, { log: (line) => serverLog.push(line) });
    server = await startServer({ db, config, runtime }, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses and fails nothing', async () => {
    const csv = writeCreatorCsv(dir, 'instagram-2022-06.csv', IMPORT_ROWS);
    const cli = spawnCli(
      ['import', 'creators', csv, '--platform', 'instagram', '--workspace', 'acme', '--json'],
      env(),
    );
    // The burst starts once the import has begun writing (its run row exists).
    while (!(await db.selectFrom('imports').select('id').executeTakeFirst()))
      await new Promise((r) => setTimeout(r, 20));

    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < DELIVERIES) {
        const i = next++;
        const body = JSON.stringify(shopifyOrder('dis', { id: 9_000_000 + i, name: `#W${i}` }));
        const res = await fetch(`${server.url}/webhooks/shopify/acme`, {
          method: 'POST',
          headers: shopifyHeaders(body, 'orders/create', `burst-${i}`),
          body,
        });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    const imported = await cli.exited;

    expect(Object.fromEntries(statuses)).toEqual({ 200: DELIVERIES });
    expect(serverLog.filter((line) => /SQLITE_BUSY|locked|not stored yet|NOT STORED/i.test(line))).toEqual([]);
    expect(imported.code, imported.err).toBe(0);
    const run = await db.selectFrom('imports').selectAll().executeTakeFirstOrThrow();
    expect(run.status).toBe('succeeded');
    expect(run.imported).toBe(IMPORT_ROWS);
    const outcomes = await db
      .selectFrom('webhook_deliveries')
      .select(['outcome', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('outcome')
      .execute();
    expect(outcomes.filter((o) => o.outcome === 'failed')).toEqual([]);
    expect(outcomes.reduce((sum, o) => sum + Number(o.n), 0)).toBe(DELIVERIES);
    // They did run at the same time: deliveries were stored while the import was running.
    const during = await db
      .selectFrom('webhook_deliveries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('received_at', '>=', run.started_at)
      .where('received_at', '<=', run.finished_at!)
      .executeTakeFirstOrThrow();
    expect(Number(during.n)).toBeGreaterThan(0);
  }, 240_000);
});
