// Threat: a broken installation that looks healthy. A read-only database or an unreadable secret key
// answered /health "ok" while every webhook failed; a full disk showed only "cannot rollback - no
// transaction is active"; a mistyped DATABASE_URL silently created a SQLite file named after it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/http/app.ts';
import { startServer } from '../../src/http/start-server.ts';
import { quietRuntime, TEST_SECRET_KEY, testConfig } from '../support/commerce.ts';
import { spawnCli } from '../support/spawn-cli.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe('a bad configuration is refused in one line that names the variable, not its value', () => {
  it.each([
    [
      { DATABASE_URL: 'mysql://root:hunter2@db/microreach' },
      'DATABASE_URL must be a SQLite file path or a postgres:// URL',
      'hunter2',
    ],
    [{ DATABASE_URL: 'http://example.com/db' }, 'DATABASE_URL', 'example.com'],
    [{ MICROREACH_SECRET_KEY: 'abcd1234' }, 'MICROREACH_SECRET_KEY must be 32 bytes', 'abcd1234'],
    [{ MICROREACH_SECRET_KEY: 'ab'.repeat(31) }, 'MICROREACH_SECRET_KEY', 'abab'],
  ])('%o', (env, names, secret) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(names);
    expect(message).not.toContain(secret);
    expect(message).not.toContain('\n');
  });

  it.each([
    ['./data/x.db'],
    ['sqlite:./x.db'],
    ['postgres://u@h/db'],
    ['postgresql://u@h/db'],
    [':memory:'],
    ['C:\\data\\x.db'],
  ])('accepts %s', (url) => {
    expect(() => loadConfig({ DATABASE_URL: url })).not.toThrow();
  });

  it('`microreach serve` refuses to start with that one line and exit code 2', async () => {
    const run = await spawnCli(['serve', '--port', '0'], {
      DATABASE_URL: 'mysql://db/x',
      MICROREACH_SECRET_KEY: TEST_SECRET_KEY,
    }).exited;
    expect(run.code).toBe(2);
    expect(run.err.trim().split('\n')).toEqual([
      'Invalid configuration: DATABASE_URL must be a SQLite file path or a postgres:// URL',
    ]);
  });
});

describe.each(testDialects)('health tells the truth on %s', (dialect) => {
  let t: TestDatabase;
  let dir: string;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    dir = mkdtempSync(join(tmpdir(), 'mr-health-'));
  });
  afterEach(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const health = async (config = testConfig()) => {
    const res = await createApp({ db: t.db, config, runtime: quietRuntime(t.db, config) }).request('/health');
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };

  it('is ok when the database takes a write and the key loads', async () => {
    expect(await health()).toMatchObject({
      status: 200,
      body: { status: 'ok', database: { ok: true }, secret_key: { ok: true } },
    });
  });

  it('is degraded, with the reason, when the secret key file is not a key', async () => {
    writeFileSync(join(dir, 'secret.key'), 'not a key\n');
    const { status, body } = await health(loadConfig({ MICROREACH_DATA_DIR: dir }));
    expect(status).toBe(503);
    expect(body.secret_key.ok).toBe(false);
    expect(body.secret_key.error).toContain('does not hold a 32-byte key');
  });

  it.runIf(dialect === 'sqlite')(
    'is degraded when the database refuses writes, and the server refuses to start',
    async () => {
      await sql`pragma query_only = 1`.execute(t.db);
      const { status, body } = await health();
      expect(status).toBe(503);
      expect(body.database.ok).toBe(false);
      expect(body.database.error).toMatch(/does not accept writes: .*readonly/);
      await expect(
        startServer({ db: t.db, config: testConfig(), runtime: quietRuntime(t.db) }, { host: '127.0.0.1', port: 0 }),
      ).rejects.toThrow(/^Not starting: .* does not accept writes \(attempt to write a readonly database\)\.$/);
    },
  );

  it.runIf(dialect === 'sqlite')(
    'a full database fails a write with its real error, not "cannot rollback"',
    async () => {
      const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(t.db);
      await sql.raw(`pragma max_page_count = ${rows[0]!.page_count}`).execute(t.db);
      const write = t.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 200; i++) {
          await trx
            .insertInto('workspaces')
            .values({ slug: `w${i}`, name: 'x'.repeat(4000), currency: 'USD', created_at: '2026-01-01T00:00:00Z' })
            .execute();
        }
      });
      await expect(write).rejects.toThrow(/database or disk is full/);
    },
  );
});
