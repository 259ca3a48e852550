// The benchmark's DuckDB baseline must answer like the index (same creators, order, scores and
// totals), or its timings would compare different work.
import { describe, expect, it } from 'vitest';
import { briefSchema } from '../../src/core/discovery/brief.ts';
import { compileBrief } from '../../src/search-index/compile-brief.ts';
import { searchIndex } from '../../src/search-index/search-index.ts';
import { DuckBaseline } from '../../scripts/bench/baseline-duckdb.ts';
import { benchBriefs } from '../../scripts/bench/discovery-briefs.ts';
import { NOW, randomIndex, termIds } from '../support/random-index.ts';

describe('DuckDB baseline', () => {
  it('ranks like the index for 100 benchmark briefs over 3,000 accounts', async () => {
    const index = randomIndex(3_000, 5);
    const duck = await DuckBaseline.load(index, 1);
    let nonEmpty = 0;
    for (const [i, input] of benchBriefs(100, 11).entries()) {
      const plan = compileBrief(index, briefSchema.parse(input), {
        termIds,
        excludedAccounts: new Set(i % 4 === 0 ? [7, 8] : []),
        seedAccounts: [],
        includeDemo: i % 3 !== 0,
        usdRate: 1,
        calibration: i % 2 === 0 ? 1 : 1.25,
        now: NOW,
      });
      const expected = searchIndex(index, plan);
      const actual = await duck.search(plan);
      expect(actual.rows, `brief ${i}`).toEqual(expected.top.map((t) => ({ account_id: t.accountId, fit: t.score })));
      expect(actual.total, `brief ${i}`).toBe(expected.top.length === 0 ? 0 : expected.total);
      if (expected.top.length > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThan(60);
  });
});
