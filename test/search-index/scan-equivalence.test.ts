// The column-at-a-time scan (with its audience pruning) must answer exactly what the per-row scan it
// replaced answered: the same total, the same winners in the same order with the same scores,
// components and match parts, over a random index with missing data, dead rows and many briefs; and so
// must the scan pool, whose workers each scan a range of rows of the shared columns.
import { afterAll, describe, expect, it } from 'vitest';
import { briefSchema, type BriefInput } from '../../src/core/discovery/brief.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';
import { compileBrief, type CompileContext } from '../../src/search-index/compile-brief.ts';
import { ScanPool } from '../../src/search-index/scan-pool.ts';
import { searchIndex } from '../../src/search-index/search-index.ts';
import { benchBriefs } from '../../scripts/bench/discovery-briefs.ts';
import { FAR, NOW, randomIndex, randomIndexByFollowers, randomRow, termIds } from '../support/random-index.ts';
import { referenceScan } from '../support/reference-scan.ts';

const extra: BriefInput[] = [
  { limit: 5, include_insufficient_data: true, min_authenticity: 60, min_reply_rate: 0.1 },
  { limit: 10, audience: { countries: ['GB'], min_country_share: 0.3 }, growth_30d: { min: 0 } },
  { limit: 10, has_email: false, languages: ['de'], weights: { cost_efficiency: 80 } },
];
const briefs = [...benchBriefs(297, 7), ...extra].map((b) => briefSchema.parse(b));

const contextOf = (i: number): CompileContext => ({
  termIds,
  excludedAccounts: new Set(i % 5 === 0 ? [3, 10, 11] : []),
  seedAccounts: i % 11 === 0 ? [20, 21] : [],
  includeDemo: i % 3 !== 0,
  emailAccounts: new Set(i % 4 === 0 ? [2, 5, 9] : []),
  usdRate: 1,
  calibration: i % 2 === 0 ? 1 : 1.3,
  now: NOW,
});

// Three workers on any machine: ranges of uneven content, and the exchange of the best BM25 between them.
const pool = new ScanPool({ threads: 3, minRows: 0 });
afterAll(() => pool.close());

describe('column-at-a-time scan', () => {
  it('answers exactly what the per-row scan answered, for 300 briefs over 4,000 rows with updates', () => {
    const index = randomIndex(4_000, 16);
    let nonEmpty = 0;
    for (const [i, brief] of briefs.entries()) {
      const plan = compileBrief(index, brief, contextOf(i));
      const expected = referenceScan(index, plan);
      const actual = searchIndex(index, plan);
      expect(actual, `brief ${i}`).toEqual(expected);
      if (expected.top.length > 0) nonEmpty += 1;
    }
    // The comparison means something only if most briefs find creators.
    expect(nonEmpty).toBeGreaterThan(200);
  });

  it('answers the same through the scan pool (three workers, one range of rows each)', async () => {
    const index = randomIndex(4_000, 16);
    // Every other brief (the scan itself is covered above; here the ranges and their merge).
    for (const [i, brief] of briefs.entries()) {
      if (i % 2 === 1) continue;
      const plan = compileBrief(index, brief, contextOf(i));
      expect(await pool.search(index, plan), `brief ${i}`).toEqual(referenceScan(index, plan));
    }
  });

  it('answers the same when the rows are in follower order and a brief reads a slice of them', async () => {
    const index = randomIndexByFollowers(4_000, 17);
    // Countries with and without a byte of their own, as a segment and as a minimum.
    const far: BriefInput[] = [
      { limit: 20, audience: { countries: ['JP', 'NZ', 'US'], min_match: 0.05 } },
      { limit: 20, audience: { genders: ['female'], age_bands: ['25-34'], countries: ['KR', 'GB'] } },
      { limit: 10, audience: { countries: FAR.slice(0, 9), min_country_share: 0.2 }, tiers: ['micro'] },
      { limit: 10, audience: { genders: ['male'], countries: ['DE', 'CA'], min_match: 0.02 } },
    ];
    expect(index.countries.values.length).toBeGreaterThan(17);
    // The 4,000 first rows minus the ~2 % without a follower count are the ordered run.
    expect(index.sortedRows).toBeGreaterThan(3_800);
    let sliced = 0;
    for (const [i, brief] of [...briefs, ...far.map((b) => briefSchema.parse(b))].entries()) {
      const plan = compileBrief(index, brief, contextOf(i));
      if (plan.ranges.reduce((rows, [from, to]) => rows + Math.min(to, index.rows) - from, 0) < index.rows / 2)
        sliced += 1;
      const expected = referenceScan(index, plan);
      expect(searchIndex(index, plan), `brief ${i}`).toEqual(expected);
      if (i % 3 === 0) expect(await pool.search(index, plan), `brief ${i} (pool)`).toEqual(expected);
    }
    // Many briefs read less than half the rows, or the test would not test the slices.
    expect(sliced).toBeGreaterThan(30);
  });

  it('answers from the index as it was when the scan began, whatever is written meanwhile', async () => {
    const index = randomIndex(4_000, 16);
    const rnd = seededRandom(5);
    for (const [i, brief] of briefs.slice(0, 30).entries()) {
      const plan = compileBrief(index, brief, contextOf(i));
      const before = searchIndex(index, plan);
      const answer = pool.search(index, plan);
      // Updates (each kills a row and appends one; the columns outgrow their buffers) and a removal.
      for (let n = 0; n < 400; n++) index.upsert(randomRow(rnd, 1 + Math.floor(rnd() * 4_000), 3));
      index.remove(before.top[0]?.accountId ?? 1);
      expect(await answer, `brief ${i}`).toEqual(before);
    }
    expect(index.rows).toBeGreaterThan(16_384); // the columns grew twice while scans were running
  });
});
