// Floors of the creator-level audience score on the TUNING half of InstaFake's 700 real accounts, so
// they cannot silently regress. The reporting half is read only by `npm run eval:authenticity`:
// anything that chooses a setting, these floors included, refuses it.
import { describe, expect, it } from 'vitest';
import { evaluateCreatorScore } from '../../../scripts/authenticity/creator-score-evaluation.ts';
import { loadInstafakeNonAutomated } from '../../../scripts/authenticity/load-instafake-nonautomated.ts';
import { refuseReportingHalf, splitRealAccounts } from '../../../scripts/authenticity/real-account-split.ts';
import { hasTestData, testDataDir } from '../../support/test-data.ts';

const skipNote = hasTestData ? '' : ` (SKIPPED: no dataset folder at ${testDataDir}; set MICROREACH_TEST_DATA)`;

describe.skipIf(!hasTestData)(`creator audience score floors, tuning half${skipNote}`, () => {
  const split = hasTestData ? splitRealAccounts(loadInstafakeNonAutomated(testDataDir)) : { tuning: [], reporting: [] };

  it('splits 700 real accounts into two fixed halves of 350', () => {
    expect([split.tuning.length, split.reporting.length]).toEqual([350, 350]);
    expect(split.tuning.some((a) => split.reporting.includes(a))).toBe(false);
  });

  it('refuses the reporting half', () => {
    expect(() => refuseReportingHalf(split.reporting.slice(0, 1), 'a floor')).toThrow(
      /must not read the reporting half/,
    );
    expect(() => refuseReportingHalf(split.tuning, 'a floor')).not.toThrow();
  });

  it.each([
    ['real accounts scored suspicious (reached 1/350)', 'none', 'max', 0.006],
    ['overnight bought followers caught (reached 0.8714)', 'bought_followers_overnight', 'min', 0.865],
    ['dripped bought followers caught (reached 0.8743)', 'bought_followers_dripped', 'min', 0.865],
    ['engagement pod caught (reached 0.3914)', 'engagement_pod', 'min', 0.385],
  ] as const)('%s', (_label, pattern, bound, limit) => {
    refuseReportingHalf(split.tuning, 'the creator score floors');
    const { suspiciousRate } = evaluateCreatorScore(split.tuning, pattern);
    if (bound === 'max') expect(suspiciousRate).toBeLessThanOrEqual(limit);
    else expect(suspiciousRate).toBeGreaterThanOrEqual(limit);
  });
});
