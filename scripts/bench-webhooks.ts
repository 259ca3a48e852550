// npm run bench:webhooks — signed Shopify orders/create deliveries processed per second, end to end:
// HTTP from a second process → HMAC check → validation → delivery stored → order stored and attributed
// (a creator's discount code) → COMMIT (SQLite synchronous=FULL; Postgres with its default synchronous_commit=on)
// → 200. Target ≥ 2,000/s on SQLite. `-- --postgres postgres://…` runs the same load on Postgres too
// (in a throw-away schema), in the same run, after SQLite.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { statementCounter } from '../src/storage/statement-counter.ts';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/http/start-server.ts';
import { createRuntime } from '../src/services/server-caches-and-buffers.ts';
import { loadSecretKey } from '../src/services/secrets/load-secret-key.ts';
import { connectStore } from '../src/services/stores/connect-store.ts';
import { connect, type DB } from '../src/storage/connect.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { runLoad } from './bench/run-load.ts';
import { seedBenchCampaign } from './bench/seed-bench-campaign.ts';

const { values: options } = parseArgs({
  options: { postgres: { type: 'string' }, 'no-baseline': { type: 'boolean' } },
});
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const COUNT = Number(process.env.BENCH_DELIVERIES ?? 20_000);
const SHOP_SECRET = 'shpss_bench_secret';
const dataDir = process.env.MICROREACH_TEST_DATA ?? join(import.meta.dirname, '../../shared/data');
const payload = join(dataDir, 'api-shopify/itakastudio_order_create_dis3_redacted.json');

const f = (n: number) => Math.round(n).toLocaleString('en-GB');
console.log(
  `webhooks bench: ${f(COUNT)} signed Shopify orders/create deliveries (real payload #1070, distinct order ids), ${CONNECTIONS} keep-alive connections from a second process`,
);
// The baseline in the same run: the same load with every batch written on the main thread (as before the
// writer thread), so both figures see the same machine load.
const figures = [await benchOn('sqlite', true)];
if (!options['no-baseline']) figures.push(await benchOn('sqlite', false));
if (options.postgres) figures.push(await benchOn('postgres', false, options.postgres));
if (figures.length > 1) console.log(`  summary: ${figures.map((r) => `${r.label} ${f(r.perSecond)}/s`).join(', ')}`);

interface BenchFigure {
  label: string;
  perSecond: number;
}

/** Opens a fresh database of the dialect (a temporary SQLite file, or a throw-away Postgres schema). */
async function openDatabase(dialect: 'sqlite' | 'postgres', dir: string, url?: string) {
  if (dialect === 'sqlite') {
    const config = loadConfig({ DATABASE_URL: join(dir, 'bench.db'), MICROREACH_DATA_DIR: dir });
    const db = connect(config.database);
    const synchronous = (await sql<{ synchronous: number }>`pragma synchronous`.execute(db)).rows[0]?.synchronous;
    return {
      config,
      db,
      storage: `SQLite file, journal_mode=WAL, synchronous=${synchronous === 2 ? 'FULL' : synchronous} (every commit fsynced before the 200)`,
      drop: async () => {},
    };
  }
  const schema = `mr_bench_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const commit = (await admin.query<{ synchronous_commit: string }>('show synchronous_commit')).rows[0]
    ?.synchronous_commit;
  await admin.end();
  const config = loadConfig({ DATABASE_URL: url!, MICROREACH_DATA_DIR: dir });
  const db = connect(config.database, { searchPath: schema });
  return {
    config,
    db,
    storage: `Postgres ${new URL(url!).host}, schema ${schema}, synchronous_commit=${commit} (WAL flushed before the 200)`,
    drop: async () => {
      await sql`drop schema ${sql.raw(schema)} cascade`.execute(db);
    },
  };
}

async function benchOn(dialect: 'sqlite' | 'postgres', offThread: boolean, url?: string): Promise<BenchFigure> {
  const dir = mkdtempSync(join(tmpdir(), 'mr-bench-webhooks-'));
  const { config, db, storage, drop } = await openDatabase(dialect, dir, url);
  try {
    await migrateToLatest(db);
    const { workspaceId } = await seedBenchCampaign(db, {
      currency: 'HKD',
      destination: 'https://shop.example/',
      enrollment: { code: '0124C', commission_bps: 1000 },
    });
    await connectStore(db, loadSecretKey(config), workspaceId, 'shopify', SHOP_SECRET, null);
    // The payload with an email, so the known-customer lookup runs too.
    const template = join(dir, 'order.json');
    writeFileSync(
      template,
      JSON.stringify({ ...JSON.parse(readFileSync(payload, 'utf8')), email: 'bench@example.com' }),
    );

    const statements = statementCounter();
    const counted = db.withPlugin(statements.plugin);
    const runtime = createRuntime({ db: counted, config }, { log: () => {}, offThreadWebhooks: offThread });
    const server = await startServer({ db: counted, config, runtime }, { host: '127.0.0.1', port: 0 });
    const target = `${server.url}/webhooks/shopify/bench`;
    await runLoad(['shopify', target, String(CONNECTIONS), '2000', template], { BENCH_SHOP_SECRET: SHOP_SECRET }); // warm-up
    const before = await counts(db);
    const batchesBefore = { ...runtime.writer.stats };
    const cpuBefore = process.cpuUsage();
    const mainBefore = mainThreadCpuMs();
    const statementsBefore = statements.count();
    const result = await runLoad(['shopify', target, String(CONNECTIONS), String(COUNT), template], {
      BENCH_SHOP_SECRET: SHOP_SECRET,
    });
    const cpu = process.cpuUsage(cpuBefore);
    const mainMs = mainThreadCpuMs() - mainBefore;
    // Statements of the writer's worker thread (its own connection) are counted there.
    const statementsRun =
      statements.count() - statementsBefore + runtime.writer.stats.threadStatements - batchesBefore.threadStatements;
    const after = await counts(db);
    const batches = runtime.writer.stats.batches - batchesBefore.batches;
    const inBatches = runtime.writer.stats.deliveries - batchesBefore.deliveries;
    const batchMs = runtime.writer.stats.ms - batchesBefore.ms;
    const commitMs = runtime.writer.stats.commitMs - batchesBefore.commitMs;
    await server.close();

    console.log(
      `  ${dialect}: ${storage}; deliveries group-committed ${offThread ? 'in a worker thread (its own connection)' : 'on the main thread'}`,
    );
    console.log(
      `  ${f(result.per_second).padStart(7)} deliveries/s end to end   p50 ${result.p50_ms.toFixed(2)} ms   p99 ${result.p99_ms.toFixed(2)} ms   errors ${result.errors}   statuses ${JSON.stringify(result.statuses)}`,
    );
    console.log(
      `  stored: ${f(after.deliveries - before.deliveries)} deliveries, ${f(after.orders - before.orders)} orders, ${f(after.attributions - before.attributions)} attributions`,
    );
    console.log(
      `  group commit: ${f(batches)} transactions, ${(inBatches / Math.max(1, batches)).toFixed(1)} deliveries each on average, ${(batchMs / Math.max(1, batches)).toFixed(1)} ms per transaction, of which ${(commitMs / Math.max(1, batches)).toFixed(1)} ms in COMMIT`,
    );
    console.log(
      `  SQL statements: ${(statementsRun / Math.max(1, result.requests)).toFixed(2)} per delivery (BEGIN/COMMIT once per transaction; SAVEPOINTs only when a batch with a failing delivery runs again)`,
    );
    const cpuMsPerDelivery = (cpu.user + cpu.system) / 1000 / Math.max(1, result.requests);
    const mainMsPerDelivery = mainMs / Math.max(1, result.requests);
    // The main thread reads, verifies and answers every request: its CPU per delivery bounds the rate
    // however idle the machine (on a loaded one, the wall-clock figure above is mostly the load).
    console.log(
      `  server process CPU: ${cpuMsPerDelivery.toFixed(2)} ms per delivery (user+system), of which main thread ${mainMsPerDelivery.toFixed(2)} ms → at most ~${f(1000 / mainMsPerDelivery)}/s with the main thread on its own core; machine load average during the run: ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`,
    );
    // The client process shares the same cores: with the server's CPU, what two cores must carry per delivery.
    console.log(
      `  load generator CPU: ${(result.cpu_ms / Math.max(1, result.requests)).toFixed(2)} ms per delivery (building, signing and sending it; a second process on the same machine)`,
    );
    const label = dialect === 'sqlite' ? `SQLite (${offThread ? 'writer thread' : 'main thread'})` : 'Postgres';
    if (dialect === 'sqlite') console.log(`  target ≥ 2,000/s: ${result.per_second >= 2000 ? 'met' : 'NOT met'}`);
    return { label, perSecond: result.per_second };
  } finally {
    await drop();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU time of this process's main thread (Linux: its /proc task entry, in clock ticks of 10 ms). */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

async function counts(db: DB) {
  const n = async (table: 'orders' | 'webhook_deliveries' | 'attributions') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    orders: await n('orders'),
    deliveries: await n('webhook_deliveries'),
    attributions: await n('attributions'),
  };
}
