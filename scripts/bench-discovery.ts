// npm run bench:discovery -- --creators 1000000
//
// Discovery at scale: builds the demo world of N creators in a SQLite file if it is missing (with
// its derived metrics), builds the in-memory index, runs 200 varied briefs (p50 / p95 / max), then
// runs the same briefs as one plain SQL statement each over the same database (same filters and
// score expression; indexes allowed) and compares: the same creators in the same order, and the
// speed ratio. Target: p95 ≤ 20 ms at 1,000,000 creators and ≥ 10× faster than the SQL baseline.
import { existsSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { briefSchema, type Brief } from '../src/core/discovery/brief.ts';
import { DiscoveryEngine } from '../src/search-index/discovery-engine.ts';
import { runBoth } from './bench/run-index-and-baseline.ts';
import { seedDemo } from '../src/services/demo/seed-demo.ts';
import { connect } from '../src/storage/connect.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { benchBriefs } from './bench/discovery-briefs.ts';

const { values } = parseArgs({
  options: {
    creators: { type: 'string', default: '1000000' },
    briefs: { type: 'string', default: '200' },
    db: { type: 'string' },
    'sql-briefs': { type: 'string' },
    seed: { type: 'string', default: '42' },
  },
});
const creators = Number(values.creators);
const file = resolve(values.db ?? `./data/bench-discovery-${creators}.db`);
const briefCount = Number(values.briefs);
const seed = Number(values.seed);
const line = (s = '') => process.stdout.write(`${s}\n`);
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);

line(
  `discovery bench: ${creators.toLocaleString('en-US')} demo creators in ${file}; ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(2)}`,
);
const db = connect({ dialect: 'sqlite', file }, { synchronous: 'NORMAL' });
await migrateToLatest(db);
const fresh =
  !existsSync(`${file}`) ||
  Number(
    (
      await db
        .selectFrom('account_metrics')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ) === 0;
const seedStarted = performance.now();
let lastReport = 0;
const seeded = await seedDemo(db, {
  creators,
  seed,
  sqliteFile: file,
  onPhase: (phase) => line(`  building the demo world: ${phase}…`),
  onProgress: (done, total) => {
    if (done - lastReport >= total / 10 || done === total) {
      lastReport = done;
      line(`    creators ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
    }
  },
  onMetricsProgress: (done, total) => {
    if (done % 100_000 < 1_000 || done === total)
      line(`    metrics ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
  },
});
if (seeded.world.status === 'generated' || seeded.metrics.accounts > 0) {
  line(
    `  world: ${((performance.now() - seedStarted) / 1000).toFixed(0)} s (generation ${(seeded.world.tookMs / 1000).toFixed(0)} s, metrics ${(seeded.metrics.tookMs / 1000).toFixed(0)} s), ${(statSync(file).size / 1e9).toFixed(2)} GB`,
  );
} else if (!fresh) {
  line('  world: already built (reused)');
}

const rssBefore = rssMb();
const engine = await DiscoveryEngine.open(db);
line(
  `index: ${engine.buildStats.accounts.toLocaleString('en-US')} accounts built in ${(engine.buildStats.ms / 1000).toFixed(1)} s; RSS ${rssMb()} MB (${rssMb() - rssBefore} MB more than before the build)`,
);

const briefs: Brief[] = benchBriefs(briefCount).map((b) => briefSchema.parse(b));
const now = new Date(seeded.world.asOf);
for (const brief of briefs.slice(0, 10)) await runBoth(db, engine, brief, now, { sql: false }); // warm-up (JIT)
const indexTimes: number[] = [];
const answers = [];
for (const brief of briefs) {
  const a = await runBoth(db, engine, brief, now, { sql: false });
  indexTimes.push(a.indexMs);
  answers.push(a);
}
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
line(
  `index:    ${briefs.length} briefs  p50 ${ms(pct(indexTimes, 50))}  p95 ${ms(pct(indexTimes, 95))}  max ${ms(Math.max(...indexTimes))}  (target p95 ≤ 20 ms)`,
);

const sqlCount = Math.min(briefs.length, Number(values['sql-briefs'] ?? briefs.length));
const sqlTimes: number[] = [];
let same = 0;
const mismatches: string[] = [];
for (let i = 0; i < sqlCount; i++) {
  const both = await runBoth(db, engine, briefs[i]!, now);
  sqlTimes.push(both.sqlMs);
  const a = both.index.map((r) => `${r.accountId}:${r.fit}`).join(',');
  const b = both.sql.map((r) => `${r.account_id}:${r.fit}`).join(',');
  const totalOk = both.index.length === 0 ? both.sql.length === 0 : Number(both.sql[0]?.total ?? 0) === both.indexTotal;
  if (a === b && totalOk) same += 1;
  else
    mismatches.push(
      `brief ${i}: index ${both.index.length} rows (${both.indexTotal} matched), sql ${both.sql.length} rows (${both.sql[0]?.total ?? 0} matched)`,
    );
  if ((i + 1) % 20 === 0) line(`    sql baseline ${i + 1} / ${sqlCount}`);
}
const sqlIndexTimes = indexTimes.slice(0, sqlCount);
line(
  `sql:      ${sqlCount} briefs  p50 ${ms(pct(sqlTimes, 50))}  p95 ${ms(pct(sqlTimes, 95))}  max ${ms(Math.max(...sqlTimes))}  (one SQLite statement per brief)`,
);
const ratio = (p: number) => pct(sqlTimes, p) / pct(sqlIndexTimes, p);
line(
  `ratio:    p50 ${ratio(50).toFixed(1)}×  p95 ${ratio(95).toFixed(1)}×  total ${(sqlTimes.reduce((s, x) => s + x, 0) / sqlIndexTimes.reduce((s, x) => s + x, 0)).toFixed(1)}×  (target ≥ 10×)`,
);
line(`results:  ${same} of ${sqlCount} briefs give the same creators in the same order with the same scores`);
for (const m of mismatches.slice(0, 10)) line(`  mismatch ${m}`);
line(`memory:   RSS ${rssMb()} MB; load average now ${loadavg()[0]!.toFixed(2)}`);
await db.destroy();
if (mismatches.length > 0) process.exitCode = 1;
