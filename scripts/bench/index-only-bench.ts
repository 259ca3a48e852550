// `bench:discovery --index-only`: an index of N synthetic accounts built in memory (no database; see
// synthetic-index-rows.ts for how the rows are made), its memory per account, and the latency of the
// benchmark's briefs through the engine's search path (compile, scan, top-k, each winner's facts).
// Prices and explanations need the database rows discover() reads, so they are not part of it.
// The briefs run once per scan mode: on the main thread (0 workers) and through a scan pool of N
// workers (scan-pool.ts), over the same index in the same run, so both see the same machine load.
import { briefSchema } from '../../src/core/discovery/brief.ts';
import { compileBrief } from '../../src/search-index/compile-brief.ts';
import { describeHit } from '../../src/search-index/describe-hit.ts';
import { DiscoveryIndex } from '../../src/search-index/discovery-index.ts';
import { ScanPool } from '../../src/search-index/scan-pool.ts';
import { benchBriefs } from './discovery-briefs.ts';
import { syntheticWorld } from './synthetic-index-rows.ts';

export interface IndexOnlyFigures {
  accounts: number;
  buildMs: number;
  bytesPerAccount: number;
  rssMb: number;
  /** Latencies (ms) per scan mode, keyed by the number of scan workers (0: the main thread). */
  times: Map<number, number[]>;
  /**
   * CPU time (ms) of each brief, every thread of the process (the scan workers' included), per scan
   * mode: on a loaded machine latency measures the queue for a core as much as the scan; this does not.
   */
  cpu: Map<number, number[]>;
}

export async function runIndexOnly(
  accounts: number,
  briefCount: number,
  seed: number,
  scanThreads: number[],
  onProgress: (done: number) => void,
): Promise<IndexOnlyFigures> {
  const asOf = Date.parse('2026-12-01T00:00:00Z');
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const world = syntheticWorld(seed);
  const index = new DiscoveryIndex();
  for (const row of world.rows(accounts, asOf)) {
    index.upsert(row);
    if (row.accountId % 1_000_000 === 0) onProgress(row.accountId);
  }
  const buildMs = performance.now() - started;
  globalThis.gc?.();
  const rss = process.memoryUsage().rss;
  const briefs = benchBriefs(briefCount).map((b) => briefSchema.parse(b));
  const ctx = {
    termIds: world.termIds,
    excludedAccounts: new Set<number>(),
    seedAccounts: [],
    usdRate: 1,
    calibration: 1,
    now: asOf,
  };
  const times = new Map<number, number[]>();
  const cpu = new Map<number, number[]>();
  const cpuMs = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  for (const threads of scanThreads) {
    const pool = new ScanPool({ threads, minRows: 0 });
    const run = async (brief: (typeof briefs)[number]) => {
      const plan = compileBrief(index, brief, ctx);
      const { top } = await pool.search(index, plan);
      return top.map((hit) => describeHit(index, plan, hit.row));
    };
    for (const brief of briefs.slice(0, 10)) await run(brief); // warm-up (JIT, workers started)
    const taken: number[] = [];
    const spent: number[] = [];
    for (const brief of briefs) {
      const t = performance.now();
      const c = cpuMs();
      await run(brief);
      taken.push(performance.now() - t);
      spent.push(cpuMs() - c);
    }
    times.set(threads, taken);
    cpu.set(threads, spent);
    await pool.close();
  }
  return { accounts: index.live, buildMs, bytesPerAccount: (rss - before) / index.live, rssMb: rss / 1e6, times, cpu };
}
