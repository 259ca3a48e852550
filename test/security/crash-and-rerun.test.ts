// Threat: a crash (kill -9, power loss) in the middle of an import leaving a half-written file and a
// run that says "running" forever. The CLI import of a workspace's CSV runs as its own process and is
// killed mid-file. A CSV writes the workspace's layer (ARCHITECTURE.md, creator data layers): its
// accounts are bare shared file-reference rows that never get derived rows nor enter discovery. So
// what the crash must leave complete is the workspace's layer: `doctor` sees only the stale run (no
// file-reference account counts as "without derived rows"), a rerun of the same file puts every row
// of the file in the workspace's layer (counted right: what the killed run committed is unchanged)
// and marks the killed run interrupted, after which doctor is ok; and on a copy of the crashed
// database `doctor --repair` marks the run interrupted and derives nothing.
// The shared layer (official-API payloads, `import instagram`) keeps the derived-rows guarantee: a
// second, smaller case kills such an import mid-way; doctor counts its accounts without derived rows,
// and the rerun derives every account the files hold.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';
import { connect } from '../../src/storage/connect.ts';
import { spawnCli, waitWhileRunning, writeBusinessDiscoveryPayloads, writeCreatorCsv } from '../support/spawn-cli.ts';

const ROWS = 8_000;
const WORKSPACE = 'acme';
const PAYLOADS = 1_500;

describe('kill -9 during an import, then rerun', () => {
  let dir: string;
  const file = (name = 'crash.db') => join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mr-crash-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const tally = async (dbFile: string) => {
    const db = connect({ dialect: 'sqlite', file: dbFile });
    try {
      const n = async (table: 'accounts' | 'account_metrics') =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const layer = await db
        .selectFrom('workspace_account_data')
        .innerJoin('workspaces', 'workspaces.id', 'workspace_account_data.workspace_id')
        .where('workspaces.slug', '=', WORKSPACE)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const runs = await db.selectFrom('imports').select(['id', 'status']).orderBy('id').execute();
      return {
        accounts: await n('accounts'),
        layer: Number(layer.n),
        derived: await n('account_metrics'),
        runs: runs.map((r) => r.status),
      };
    } finally {
      await db.destroy();
    }
  };
  const cli = async (dbFile: string, ...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, {
      config: loadConfig({ DATABASE_URL: dbFile, MICROREACH_DATA_DIR: dir }),
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      interactive: false,
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('leaves nothing behind', async () => {
    const csv = writeCreatorCsv(dir, 'instagram-2022-06.csv', ROWS);
    const args = ['import', 'creators', csv, '--platform', 'instagram', '--workspace', WORKSPACE, '--json'];
    // A fresh installation checks out (and is migrated before the import process starts).
    expect((await cli(file(), 'doctor')).code).toBe(0);
    const first = spawnCli(args, { DATABASE_URL: file(), MICROREACH_DATA_DIR: dir });
    // Kill it once some batches are committed and before the file is done.
    try {
      await waitWhileRunning(
        first,
        async () => (await tally(file()).catch(() => ({ layer: 0 }))).layer >= 2_000,
        '2,000 rows in the workspace layer',
      );
    } finally {
      first.child.kill('SIGKILL');
    }
    expect((await first.exited).signal).toBe('SIGKILL');

    const crashed = await tally(file());
    expect(crashed.runs).toEqual(['running']);
    expect(crashed.layer).toBeGreaterThan(0);
    expect(crashed.layer).toBeLessThan(ROWS);
    // Whole batches only: every account row committed has its workspace row, and the file derives nothing.
    expect(crashed).toMatchObject({ accounts: crashed.layer, derived: 0 });
    for (const suffix of ['', '-wal', '-shm'])
      if (existsSync(file() + suffix)) copyFileSync(file() + suffix, file('copy.db') + suffix);

    const report = await cli(file(), 'doctor', '--json');
    expect(report.code).toBe(1);
    const checks = Object.fromEntries(
      (JSON.parse(report.out).checks as { name: string; count: number }[]).map((c) => [c.name, c.count]),
    );
    // File-reference accounts never get derived rows: only the stale run is wrong.
    expect(checks).toMatchObject({ accounts_without_derived_rows: 0, stale_running_imports: 1 });

    const rerun = await cli(file(), ...args);
    expect(rerun.code, rerun.err).toBe(0);
    expect(JSON.parse(rerun.out)).toMatchObject({
      imported: ROWS - crashed.layer,
      updated: 0,
      unchanged: crashed.layer,
      rejected: 0,
    });
    expect(await tally(file())).toEqual({
      accounts: ROWS,
      layer: ROWS,
      derived: 0,
      runs: ['interrupted', 'succeeded'],
    });
    const after = await cli(file(), 'doctor', '--json');
    expect(JSON.parse(after.out).ok, after.out).toBe(true);
    expect(after.code).toBe(0);

    const repaired = await cli(file('copy.db'), 'doctor', '--repair', '--json');
    const result = JSON.parse(repaired.out) as { checks: { name: string; ok: boolean; repaired?: string }[] };
    const derivedCheck = result.checks.find((c) => c.name === 'accounts_without_derived_rows');
    expect(derivedCheck).toMatchObject({ ok: true });
    expect(derivedCheck?.repaired).toBeUndefined();
    expect(result.checks.find((c) => c.name === 'stale_running_imports')).toMatchObject({
      ok: true,
      repaired: 'marked 1 runs interrupted',
    });
    expect(await tally(file('copy.db'))).toEqual({
      accounts: crashed.layer,
      layer: crashed.layer,
      derived: 0,
      runs: ['interrupted'],
    });
  }, 240_000);

  it('leaves every account of an official-API import derived (shared layer)', async () => {
    const db = file('shared.db');
    const payloads = writeBusinessDiscoveryPayloads(dir, 'bd', PAYLOADS);
    const args = ['import', 'instagram', ...payloads, '--observed-at', '2026-11-01', '--json'];
    expect((await cli(db, 'doctor')).code).toBe(0);
    const first = spawnCli(args, { DATABASE_URL: db, MICROREACH_DATA_DIR: dir });
    try {
      await waitWhileRunning(
        first,
        async () => (await tally(db).catch(() => ({ accounts: 0 }))).accounts >= 300,
        '300 shared accounts',
      );
    } finally {
      first.child.kill('SIGKILL');
    }
    expect((await first.exited).signal).toBe('SIGKILL');

    const crashed = await tally(db);
    expect(crashed.runs).toEqual(['running']);
    expect(crashed.accounts).toBeGreaterThan(0);
    expect(crashed.accounts).toBeLessThan(PAYLOADS);
    expect(crashed.derived).toBe(0);

    const report = await cli(db, 'doctor', '--json');
    expect(report.code).toBe(1);
    const checks = Object.fromEntries(
      (JSON.parse(report.out).checks as { name: string; count: number }[]).map((c) => [c.name, c.count]),
    );
    expect(checks).toMatchObject({ accounts_without_derived_rows: crashed.accounts, stale_running_imports: 1 });

    const rerun = await cli(db, ...args);
    expect(rerun.code, rerun.err).toBe(0);
    expect(JSON.parse(rerun.out)).toMatchObject({
      imported: PAYLOADS - crashed.accounts,
      unchanged: crashed.accounts,
      rejected: 0,
    });
    expect(await tally(db)).toEqual({
      accounts: PAYLOADS,
      layer: 0,
      derived: PAYLOADS,
      runs: ['interrupted', 'succeeded'],
    });
    const after = await cli(db, 'doctor', '--json');
    expect(JSON.parse(after.out).ok, after.out).toBe(true);
    expect(after.code).toBe(0);
  }, 240_000);
});
