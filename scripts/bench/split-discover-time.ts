// Where the time of one discover() call goes: inside the engine's search (sync, compile, scan, top-k,
// each winner's index facts, which hold what a result shows) and everything around it (rates, pricing
// context, exclusions, prices, explanations). The engine handed to discover() is wrapped so its search
// is timed from outside, and the database so its statements are counted: discover() itself is the
// code under test, unchanged. CPU time is the process's (the scan pool's workers included).
import type { DiscoveryEngine } from '../../src/search-index/discovery-engine.ts';
import type { DB } from '../../src/storage/connect.ts';
import { statementCounter } from '../../src/storage/statement-counter.ts';

export interface DiscoverSplit {
  /** Wall time of the whole discover() call, per brief (ms). */
  total: number[];
  /** Wall time inside engine.search, per brief (ms). */
  search: number[];
  /** Wall time outside engine.search, per brief (ms). */
  rest: number[];
  /** Process CPU time outside engine.search, per brief (ms). */
  restCpu: number[];
  /** SQL statements discover() runs per brief (the engine's own revision check, on its own handle, not counted). */
  statements: number[];
}

export function splitDiscoverTime(db: DB, engine: DiscoveryEngine) {
  const statements = statementCounter();
  let searchMs = 0;
  let searchCpu = 0;
  const timed = Object.create(engine) as DiscoveryEngine;
  timed.search = async (...args) => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    try {
      return await engine.search(...args);
    } finally {
      searchMs += performance.now() - t;
      const used = process.cpuUsage(cpu);
      searchCpu += (used.user + used.system) / 1000;
    }
  };
  const split: DiscoverSplit = { total: [], search: [], rest: [], restCpu: [], statements: [] };
  const counted = db.withPlugin(statements.plugin);
  return {
    split,
    /** Runs one discover() call through the wrapped engine and database, and records its split. */
    async measure<T>(run: (db: DB, engine: DiscoveryEngine) => Promise<T>): Promise<T> {
      searchMs = 0;
      searchCpu = 0;
      const statementsBefore = statements.count();
      const t = performance.now();
      const cpu = process.cpuUsage();
      const answer = await run(counted, timed);
      const total = performance.now() - t;
      const used = process.cpuUsage(cpu);
      split.total.push(total);
      split.search.push(searchMs);
      split.rest.push(total - searchMs);
      split.restCpu.push((used.user + used.system) / 1000 - searchCpu);
      split.statements.push(statements.count() - statementsBefore);
      return answer;
    },
  };
}
