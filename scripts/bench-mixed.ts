// npm run bench:mixed — does discovery hold back the redirects? /r/:key p99 measured twice against one
// running server: idle, then while a second load process sends discovery briefs (POST /api/v1/discover,
// the 200 benchmark briefs in turn) at 20 per second on a fixed schedule. Both loads come from their own
// processes and go through the public HTTP API only, so this measures whatever the discovery engine is.
// Target: loaded p99 ≤ 2 × idle p99.
//   -- --creators N   demo creators to search (default 10,000; built in a temporary SQLite file)
//   -- --rate R       briefs per second (default 20)
//   -- --scan-threads 0,1   scan modes to measure in turn, as discovery scan workers (0: scans on the
//                     server's main thread, as before issue 16); default: the pool's default size
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/http/start-server.ts';
import { configureScanPool, ScanPool } from '../src/search-index/scan-pool.ts';
import { createApiToken } from '../src/services/access/create-api-token.ts';
import { seedDemo } from '../src/services/demo/seed-demo.ts';
import { createRuntime } from '../src/services/server-caches-and-buffers.ts';
import { connect } from '../src/storage/connect.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { benchBriefs } from './bench/discovery-briefs.ts';
import { runLoad } from './bench/run-load.ts';
import { seedBenchCampaign } from './bench/seed-bench-campaign.ts';

const { values } = parseArgs({
  options: {
    creators: { type: 'string', default: '10000' },
    rate: { type: 'string', default: '20' },
    'scan-threads': { type: 'string', default: String(new ScanPool().threads) },
  },
});
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 15_000);
const rate = Number(values.rate);
const creators = Number(values.creators);
const line = (s = '') => process.stdout.write(`${s}\n`);
const ms = (x: number) => `${x.toFixed(2)} ms`;

const dir = mkdtempSync(join(tmpdir(), 'mr-bench-mixed-'));
const file = join(dir, 'bench.db');
const config = loadConfig({ DATABASE_URL: file, MICROREACH_DATA_DIR: dir, MICROREACH_SECRET_KEY: 'ab'.repeat(32) });
const db = connect(config.database);
try {
  line(`mixed bench: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(2)} at start; database ${file}`);
  await migrateToLatest(db);
  const started = performance.now();
  const seeded = await seedDemo(db, { creators, seed: 42, sqliteFile: file });
  line(
    `  demo world: ${seeded.world.creators.toLocaleString('en-US')} creators built in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  const { workspaceId } = await seedBenchCampaign(db, {
    destination: 'https://shop.example/anklets',
    enrollment: { link_key: 'bench' },
  });
  const { token } = await createApiToken(db, workspaceId, 'bench-mixed');
  const briefsFile = join(dir, 'briefs.json');
  writeFileSync(briefsFile, JSON.stringify(benchBriefs(200)));

  const runtime = createRuntime({ db, config }, { log: () => {} });
  const server = await startServer({ db, config, runtime }, { host: '127.0.0.1', port: 0 });
  const redirect = ['redirect', `${server.url}/r/bench`, String(CONNECTIONS)];
  const discover = ['discover', `${server.url}/api/v1/discover`, String(rate)];
  // Warm-up: the link cache and JIT for redirects; the discovery index is built by its first brief.
  await runLoad([...redirect, '1000']);
  const indexStarted = performance.now();
  const first = await runLoad(['discover', `${server.url}/api/v1/discover`, '1', '1', briefsFile], {
    BENCH_TOKEN: token,
  });
  if (first.statuses['200'] !== 1) throw new Error(`the first brief was answered ${JSON.stringify(first.statuses)}`);
  line(`  first brief (the index is built or loaded): ${((performance.now() - indexStarted) / 1000).toFixed(1)} s`);
  for (const threads of values['scan-threads'].split(',').map(Number)) {
    configureScanPool({ threads, minRows: 0 }); // the pool even for a small world (the server's default skips it below 10,000 rows)
    await runLoad([...discover, '3000', briefsFile], { BENCH_TOKEN: token });
    const idle = await runLoad([...redirect, String(DURATION_MS)]);
    const [loaded, briefs] = await Promise.all([
      runLoad([...redirect, String(DURATION_MS)]),
      runLoad([...discover, String(DURATION_MS), briefsFile], { BENCH_TOKEN: token }),
    ]);
    const ratio = loaded.p99_ms / idle.p99_ms;
    line(
      `  scans ${threads === 0 ? 'on the main thread' : `on ${threads} scan worker${threads === 1 ? '' : 's'}`}; load average ${loadavg()[0]!.toFixed(2)}`,
    );
    line(
      `  /r/:key, ${CONNECTIONS} keep-alive connections, ${DURATION_MS / 1000} s each (every request a new visitor: a click recorded)`,
    );
    line(
      `    idle:                 p50 ${ms(idle.p50_ms)}   p99 ${ms(idle.p99_ms)}   ${Math.round(idle.per_second)} redirects/s   statuses ${JSON.stringify(idle.statuses)}`,
    );
    line(
      `    under discovery load: p50 ${ms(loaded.p50_ms)}   p99 ${ms(loaded.p99_ms)}   ${Math.round(loaded.per_second)} redirects/s   statuses ${JSON.stringify(loaded.statuses)}`,
    );
    line(
      `  discovery load: ${briefs.requests} briefs in ${briefs.seconds.toFixed(1)} s (${briefs.per_second.toFixed(1)}/s, asked ${rate}/s)   p50 ${ms(briefs.p50_ms)}   p99 ${ms(briefs.p99_ms)}   errors ${briefs.errors}   statuses ${JSON.stringify(briefs.statuses)}`,
    );
    line(`  p99 ratio loaded / idle: ${ratio.toFixed(2)}× (target ≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'})`);
  }
  const loadAfter = loadavg()[0]!;
  await server.close();
  line(`  machine load average after the run: ${loadAfter.toFixed(2)} on ${cpus().length} cores`);
} finally {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
}
