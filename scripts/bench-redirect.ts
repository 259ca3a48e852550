// npm run bench:redirect — redirects/s and p99 of /r/:key with click recording on, against a bare
// node:http server answering a constant 302 on the same machine (the ceiling). Load comes from a
// second process (scripts/bench/load-generator.ts); every request is a new visitor, so every one is
// a counted click that the batch writer must store. Target: ≥ 0.5 of the ceiling.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/http/start-server.ts';
import { createRuntime } from '../src/services/server-caches-and-buffers.ts';
import { connect } from '../src/storage/connect.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { runLoad } from './bench/run-load.ts';
import { seedBenchCampaign } from './bench/seed-bench-campaign.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 8000);

const dir = mkdtempSync(join(tmpdir(), 'mr-bench-redirect-'));
const config = loadConfig({
  DATABASE_URL: join(dir, 'bench.db'),
  MICROREACH_DATA_DIR: dir,
  MICROREACH_SECRET_KEY: 'ab'.repeat(32),
});
const db = connect(config.database);
await migrateToLatest(db);
await seedBenchCampaign(db, { destination: 'https://shop.example/anklets', enrollment: { link_key: 'bench' } });

// The ceiling: the least a Node server can do for a redirect.
const bare = createServer((_req, res) => {
  res.writeHead(302, { location: 'https://shop.example/anklets?utm_source=x', 'content-length': '0' }).end();
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/r/bench`;
await runLoad(['redirect', bareUrl, String(CONNECTIONS), '1000']); // warm-up
const ceiling = await runLoad(['redirect', bareUrl, String(CONNECTIONS), String(DURATION_MS)]);
await new Promise<void>((r) => bare.close(() => r()));

// BENCH_CLICKS=batched answers before the click's commit (the pre-durable behaviour), for comparison.
const durableClicks = process.env.BENCH_CLICKS !== 'batched';
const runtime = createRuntime({ db, config }, { durableClicks, log: (line) => process.stderr.write(`${line}\n`) });
const server = await startServer({ db, config, runtime }, { host: '127.0.0.1', port: 0 });
await runLoad(['redirect', `${server.url}/r/bench`, String(CONNECTIONS), '1000']); // warm-up (JIT, link cache)
await runtime.clicks.flush();
const before = Number(
  (
    await db
      .selectFrom('clicks')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
);
const ours = await runLoad(['redirect', `${server.url}/r/bench`, String(CONNECTIONS), String(DURATION_MS)]);
await server.close();
const after = Number(
  (
    await db
      .selectFrom('clicks')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
);
await db.destroy();
rmSync(dir, { recursive: true, force: true });

const f = (n: number) => Math.round(n).toLocaleString('en-GB');
const ratio = ours.per_second / ceiling.per_second;
console.log(
  `redirect bench: ${CONNECTIONS} keep-alive connections from a second process, ${DURATION_MS / 1000}s each, SQLite file (orders and deliveries synchronous=FULL; clicks on their own connection, synchronous=NORMAL)`,
);
console.log(
  `  ceiling  bare node:http constant 302   ${f(ceiling.per_second).padStart(8)} redirects/s   p50 ${ceiling.p50_ms.toFixed(2)} ms   p99 ${ceiling.p99_ms.toFixed(2)} ms   errors ${ceiling.errors}`,
);
console.log(
  `  clicks: ${durableClicks ? 'durable (each answer waits for its group commit)' : 'batched (answered before commit)'}`,
);
console.log(
  `  /r/:key  microreach, clicks recorded   ${f(ours.per_second).padStart(8)} redirects/s   p50 ${ours.p50_ms.toFixed(2)} ms   p99 ${ours.p99_ms.toFixed(2)} ms   errors ${ours.errors}   statuses ${JSON.stringify(ours.statuses)}`,
);
console.log(
  `  clicks written: ${f(after - before)} of ${f(ours.requests)} redirects (every request a new visitor; all flushed on close)`,
);
console.log(
  `  machine load average: ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores (the ceiling and /r/:key run back to back under the same conditions)`,
);
console.log(`  ratio ${ratio.toFixed(2)} of the ceiling — target ≥ 0.50: ${ratio >= 0.5 ? 'met' : 'NOT met'}`);
