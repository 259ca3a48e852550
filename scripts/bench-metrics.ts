// npm run bench:metrics -- --db /tmp/metrics-100k.db
//
// The metrics phase of a world build, alone: copies a built demo world (`npm run bench:discovery --
// --creators 100000 --db …` makes one), empties its derived tables (metrics, niche documents, terms,
// tier benchmarks) and derives them again the way the build does (refreshUnmeasuredAccounts, worker
// threads, large write transactions). Prints accounts/s, the CPU seconds of the whole process (both
// workers included) per 100k accounts, the load average, and a digest of the derived rows: the same
// digest before and after a change proves the numbers did not move. Target (issue 16): ≤ 25 CPU-s per
// 100k accounts, so that a 1M world's metrics take ≤ 150 s on 2 idle cores.
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { findDemoWorld } from '../src/demo/find-demo-world.ts';
import { refreshUnmeasuredAccounts } from '../src/services/vetting/refresh-unmeasured-accounts.ts';
import { connect } from '../src/storage/connect.ts';
import { derivedDigest } from './bench/derived-digest.ts';

/** The code before the derive cuts (commit 9eeb143), by this script on the 100k world at load 16–28; see docs/scaling.md. */
const BASELINE_CPU_S_PER_100K = 128;
/** Accounts per write transaction, as seed-demo.ts's bulk build. */
const BULK_WRITE_BATCH = 25_000;

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '/tmp/metrics-100k.db' },
    work: { type: 'string' },
    'skip-digest': { type: 'boolean', default: false },
  },
});
const source = resolve(values.db);
const file = resolve(values.work ?? join(tmpdir(), 'bench-metrics-work.db'));
const line = (s = '') => process.stdout.write(`${s}\n`);
if (!existsSync(source))
  throw new Error(`${source} is missing: build it with npm run bench:discovery -- --db ${source}`);

{
  // Checkpointed first, so the copy is the whole database in one file.
  const origin = connect({ dialect: 'sqlite', file: source }, { synchronous: 'NORMAL' });
  await sql`pragma wal_checkpoint(truncate)`.execute(origin);
  await origin.destroy();
}
for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
copyFileSync(source, file);

const db = connect({ dialect: 'sqlite', file }, { synchronous: 'NORMAL' });
await sql`pragma cache_size = -1048576`.execute(db);
const world = await findDemoWorld(db);
if (!world?.asOf) throw new Error(`${source} holds no demo world`);
const now = new Date(world.asOf.includes('T') ? world.asOf : `${world.asOf}T00:00:00.000Z`);
for (const table of ['account_terms', 'account_niches', 'account_metrics', 'terms', 'tier_benchmarks'] as const)
  await db.deleteFrom(table).execute();
await sql`pragma wal_checkpoint(truncate)`.execute(db);

line(
  `metrics phase: ${world.creators.toLocaleString('en-US')} demo creators (copy of ${source}); ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(2)}`,
);
const cpuBefore = process.cpuUsage();
const started = performance.now();
const accounts = await refreshUnmeasuredAccounts(db, { now, sqliteFile: file, writeBatch: BULK_WRITE_BATCH });
const wallS = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuS = (cpu.user + cpu.system) / 1e6;
const per100k = (cpuS * 100_000) / accounts;
line(
  `metrics:  ${accounts.toLocaleString('en-US')} accounts in ${wallS.toFixed(1)} s wall (${Math.round(accounts / wallS).toLocaleString('en-US')} accounts/s); ` +
    `CPU ${cpuS.toFixed(1)} s (user ${(cpu.user / 1e6).toFixed(1)}, system ${(cpu.system / 1e6).toFixed(1)}), both workers included`,
);
line(
  `          ${per100k.toFixed(1)} CPU-s per 100k accounts (before: ${BASELINE_CPU_S_PER_100K} at 9eeb143; target ≤ 25); load average now ${loadavg()[0]!.toFixed(2)}`,
);
if (!values['skip-digest']) line(`digest:   ${JSON.stringify(await derivedDigest(db))}`);
await db.destroy();
for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
