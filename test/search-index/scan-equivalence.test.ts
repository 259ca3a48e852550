// The column-at-a-time scan (with its audience pruning) must answer exactly what the per-row scan it
// replaced answered: the same total, the same winners in the same order with the same scores,
// components and match parts, over a random index with missing data, dead rows and many briefs.
import { describe, expect, it } from 'vitest';
import { briefSchema, type BriefInput } from '../../src/core/discovery/brief.ts';
import { compileBrief } from '../../src/search-index/compile-brief.ts';
import { searchIndex } from '../../src/search-index/search-index.ts';
import { benchBriefs } from '../../scripts/bench/discovery-briefs.ts';
import { NOW, randomIndex, termIds } from '../support/random-index.ts';
import { referenceScan } from '../support/reference-scan.ts';

describe('column-at-a-time scan', () => {
  it('answers exactly what the per-row scan answered, for 300 briefs over 4,000 rows with updates', () => {
    const index = randomIndex(4_000, 16);
    const extra: BriefInput[] = [
      { limit: 5, include_insufficient_data: true, min_authenticity: 60, min_reply_rate: 0.1 },
      { limit: 10, audience: { countries: ['GB'], min_country_share: 0.3 }, growth_30d: { min: 0 } },
      { limit: 10, has_email: false, languages: ['de'], weights: { cost_efficiency: 80 } },
    ];
    const briefs = [...benchBriefs(297, 7), ...extra].map((b) => briefSchema.parse(b));
    let nonEmpty = 0;
    for (const [i, brief] of briefs.entries()) {
      const ctx = {
        termIds,
        excludedAccounts: new Set(i % 5 === 0 ? [3, 10, 11] : []),
        seedAccounts: i % 11 === 0 ? [20, 21] : [],
        includeDemo: i % 3 !== 0,
        emailAccounts: new Set(i % 4 === 0 ? [2, 5, 9] : []),
        usdRate: 1,
        calibration: i % 2 === 0 ? 1 : 1.3,
        now: NOW,
      };
      const plan = compileBrief(index, brief, ctx);
      const expected = referenceScan(index, plan);
      const actual = searchIndex(index, plan);
      expect(actual, `brief ${i}`).toEqual(expected);
      if (expected.top.length > 0) nonEmpty += 1;
    }
    // The comparison means something only if most briefs find creators.
    expect(nonEmpty).toBeGreaterThan(200);
  });
});
