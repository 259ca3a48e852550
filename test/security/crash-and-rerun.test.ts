// Threat: a crash (kill -9, power loss) in the middle of an import leaving data that discovery never
// sees and a run that says "running" forever. The CLI import runs as its own process and is killed
// mid-file; then `doctor` reports what was left, a rerun of the same file finishes it (every account
// of the file gets its derived rows, the killed run is marked interrupted), and on a copy of the
// crashed database `doctor --repair` does the same without a rerun.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';
import { connect } from '../../src/storage/connect.ts';
import { spawnCli, writeCreatorCsv } from '../support/spawn-cli.ts';

const ROWS = 8_000;

describe('kill -9 during an import, then rerun', () => {
  let dir: string;
  const file = (name = 'crash.db') => join(dir, name);
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'mr-crash-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const tally = async (dbFile: string) => {
    const db = connect({ dialect: 'sqlite', file: dbFile });
    try {
      const n = async (table: 'accounts' | 'account_metrics') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const runs = await db.selectFrom('imports').select(['id', 'status']).orderBy('id').execute();
      return { accounts: await n('accounts'), derived: await n('account_metrics'), runs: runs.map((r) => r.status) };
    } finally {
      await db.destroy();
    }
  };
  const cli = async (dbFile: string, ...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { config: loadConfig({ DATABASE_URL: dbFile, MICROREACH_DATA_DIR: dir }), out: (t) => out.push(t), err: (t) => err.push(t), interactive: false });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('leaves nothing behind', async () => {
    const csv = writeCreatorCsv(dir, 'instagram-2022-06.csv', ROWS);
    const args = ['import', 'creators', csv, '--platform', 'instagram', '--json'];
    // A fresh installation checks out (and is migrated before the import process starts).
    expect((await cli(file(), 'doctor')).code).toBe(0);
    const first = spawnCli(args, { DATABASE_URL: file(), MICROREACH_DATA_DIR: dir });
    // Kill it once some batches are committed and before the file is done.
    for (;;) {
      await new Promise((r) => setTimeout(r, 50));
      if ((await tally(file())).accounts >= 2_000) break;
    }
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const crashed = await tally(file());
    expect(crashed.runs).toEqual(['running']);
    expect(crashed.accounts).toBeGreaterThan(0);
    expect(crashed.accounts).toBeLessThan(ROWS);
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(file() + suffix)) copyFileSync(file() + suffix, file('copy.db') + suffix);

    const report = await cli(file(), 'doctor', '--json');
    expect(report.code).toBe(1);
    const checks = Object.fromEntries((JSON.parse(report.out).checks as { name: string; count: number }[]).map((c) => [c.name, c.count]));
    expect(checks).toMatchObject({ accounts_without_derived_rows: crashed.accounts - crashed.derived, stale_running_imports: 1 });

    const rerun = await cli(file(), ...args);
    expect(rerun.code, rerun.err).toBe(0);
    expect(JSON.parse(rerun.out)).toMatchObject({ imported: ROWS - crashed.accounts, unchanged: crashed.accounts });
    expect(await tally(file())).toEqual({ accounts: ROWS, derived: ROWS, runs: ['interrupted', 'succeeded'] });
    const after = await cli(file(), 'doctor', '--json');
    expect(JSON.parse(after.out).ok, after.out).toBe(true);
    expect(after.code).toBe(0);

    const repaired = await cli(file('copy.db'), 'doctor', '--repair', '--json');
    const result = JSON.parse(repaired.out) as { checks: { name: string; ok: boolean; repaired?: string }[] };
    expect(result.checks.find((c) => c.name === 'accounts_without_derived_rows')).toMatchObject({ ok: true, repaired: `derived ${crashed.accounts} accounts` });
    expect(result.checks.find((c) => c.name === 'stale_running_imports')).toMatchObject({ ok: true, repaired: 'marked 1 runs interrupted' });
    expect(await tally(file('copy.db'))).toEqual({ accounts: crashed.accounts, derived: crashed.accounts, runs: ['interrupted'] });
  }, 240_000);
});
