// Floors of the creator-level audience score on InstaFake's 700 real accounts (what
// `npm run eval:authenticity` prints), so they cannot silently regress.
import { describe, expect, it } from 'vitest';
import { evaluateCreatorScore } from '../../../scripts/authenticity/creator-score-evaluation.ts';
import { loadInstafakeNonAutomated } from '../../../scripts/authenticity/load-instafake-nonautomated.ts';
import { hasTestData, testDataDir } from '../../support/test-data.ts';

const skipNote = hasTestData ? '' : ` (SKIPPED: no dataset folder at ${testDataDir}; set MICROREACH_TEST_DATA)`;

describe.skipIf(!hasTestData)(`creator audience score floors${skipNote}`, () => {
  const accounts = hasTestData ? loadInstafakeNonAutomated(testDataDir) : [];

  it.each([
    ['real accounts flagged (target ≤ 0.05; reached 0.000)', 'none', 'max', 0.01],
    ['overnight bought followers caught (target ≥ 0.90; reached 0.987)', 'bought_followers_overnight', 'min', 0.98],
    ['dripped bought followers caught (reached 0.980)', 'bought_followers_dripped', 'min', 0.97],
    ['generic comment burst caught (reached 0.884)', 'generic_comment_burst', 'min', 0.87],
  ] as const)('%s', (_label, pattern, bound, limit) => {
    const { rate } = evaluateCreatorScore(accounts, pattern);
    if (bound === 'max') expect(rate).toBeLessThanOrEqual(limit);
    else expect(rate).toBeGreaterThanOrEqual(limit);
  });
});
