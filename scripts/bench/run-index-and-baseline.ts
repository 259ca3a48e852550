// Runs one brief through the index and through the SQL baseline with identical inputs; used by the
// benchmark and by the parity tests.
import type { Brief } from '../../src/core/discovery/brief.ts';
import type { DB } from '../../src/storage/connect.ts';
import { runBaseline, type BaselineRow } from './baseline-sql.ts';
import type { DiscoveryEngine } from '../../src/search-index/discovery-engine.ts';
import type { CompiledBrief } from '../../src/search-index/compile-brief.ts';

/** The statistics the index keeps for a brief's terms, as the SQL baseline takes them. */
export function indexStats(engine: DiscoveryEngine, plan: CompiledBrief) {
  return {
    documents: engine.index.live,
    averageLength: engine.index.averageDocLength,
    df: new Map(plan.terms.map((t) => [t.term, t.postings?.df ?? 0])),
  };
}

export interface BothAnswers {
  index: { accountId: number; fit: number }[];
  indexTotal: number;
  indexMs: number;
  sql: BaselineRow[];
  sqlMs: number;
}

export async function runBoth(
  db: DB,
  engine: DiscoveryEngine,
  brief: Brief,
  now: Date,
  /** precomputedStats (default true): the statement reads the index's N, average length and df. */
  options: { sql?: boolean; precomputedStats?: boolean } = {},
): Promise<BothAnswers> {
  const started = performance.now();
  const answer = await engine.search(brief, {
    excludedAccounts: new Set(),
    seedAccounts: [],
    usdRate: 1,
    calibration: 1,
    now: now.getTime(),
  });
  const indexMs = performance.now() - started;
  let rows: BaselineRow[] = [];
  let sqlMs = 0;
  if (options.sql !== false) {
    const t = performance.now();
    rows = await runBaseline(db, brief, {
      weights: answer.plan.weights,
      excludedAccounts: [],
      budgetUsd: answer.plan.budgetUsd,
      calibration: 1,
      postedAfter: answer.plan.postedAfter === null ? null : new Date(answer.plan.postedAfter).toISOString(),
      stats: options.precomputedStats === false ? undefined : indexStats(engine, answer.plan),
    });
    sqlMs = performance.now() - t;
  }
  return {
    index: answer.top.map((t) => ({ accountId: t.accountId, fit: t.score })),
    indexTotal: answer.total,
    indexMs,
    sql: rows,
    sqlMs,
  };
}
