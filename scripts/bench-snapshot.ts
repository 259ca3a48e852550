// How long the discovery index snapshot takes to write and load at a given size, and how long a
// background write holds the main thread (the longest event-loop delay while it runs, sampled every
// 10 ms by perf_hooks) — what a `serve` answering requests feels while its snapshot keeper writes.
// The index is the synthetic, seeded one of `bench:discovery --index-only` (no database).
//   npm run bench:snapshot -- --creators 1000000
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DiscoveryIndex } from '../src/search-index/discovery-index.ts';
import { freezeSnapshot, readSnapshot, writeFrozenSnapshot } from '../src/search-index/index-snapshot.ts';
import { syntheticWorld } from './bench/synthetic-index-rows.ts';

const { values } = parseArgs({ options: { creators: { type: 'string', default: '1000000' } } });
const creators = Number(values.creators);
const load = () => loadavg()[0]!.toFixed(1);
const world = syntheticWorld(7);
const index = new DiscoveryIndex();
let started = performance.now();
for (const row of world.rows(creators, Date.now())) index.upsert(row);
console.log(
  `index:  ${creators.toLocaleString('en-US')} accounts built in ${((performance.now() - started) / 1000).toFixed(1)} s (load ${load()})`,
);

const dir = mkdtempSync(join(tmpdir(), 'bench-snapshot-'));
const file = join(dir, 'index.snapshot');
const ms = (ns: number) => (ns / 1e6).toFixed(1);
try {
  // The same measure over two idle seconds first: on a shared machine the scheduler alone delays timers.
  const idle = monitorEventLoopDelay({ resolution: 10 });
  idle.enable();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  idle.disable();
  console.log(
    `idle:   event-loop delay p50 ${ms(idle.percentile(50))} ms, p99 ${ms(idle.percentile(99))} ms, max ${ms(idle.max)} ms (load ${load()})`,
  );
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  started = performance.now();
  const frozen = freezeSnapshot({ index, termIds: world.termIds, published: 1, database: 'bench' });
  const freezeMs = performance.now() - started;
  await writeFrozenSnapshot(file, frozen);
  const writeMs = performance.now() - started;
  delay.disable();
  const mb = statSync(file).size / 1e6;
  console.log(
    `write:  ${mb.toFixed(0)} MB in ${(writeMs / 1000).toFixed(2)} s (freeze ${freezeMs.toFixed(1)} ms on the main thread); ` +
      `event-loop delay during it p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms (load ${load()})`,
  );
  started = performance.now();
  const read = await readSnapshot(file);
  if (!('snapshot' in read)) throw new Error(read.unusable);
  console.log(
    `load:   ${read.snapshot.index.live.toLocaleString('en-US')} accounts in ${((performance.now() - started) / 1000).toFixed(2)} s (load ${load()})`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
