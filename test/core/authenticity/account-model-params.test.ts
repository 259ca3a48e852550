// The shipped parameters must be what scripts/train-account-model.ts produces from InstaFake today:
// the model is refitted here and both are compared account by account. Needs the third-party
// datasets (never shipped); skipped, saying so, only when the dataset folder does not exist.
import { describe, expect, it } from 'vitest';
import { accountFeatures } from '../../../src/core/authenticity/account-features.ts';
import { ACCOUNT_MODEL_PARAMS } from '../../../src/core/authenticity/account-model-params.ts';
import { ACCOUNT_FEATURE_NAMES } from '../../../src/core/authenticity/account-features.ts';
import { classifyAccount } from '../../../src/core/authenticity/classify-account.ts';
import { fitAccountModel } from '../../../scripts/authenticity/fit-account-model.ts';
import { scoreAccount } from '../../../src/core/authenticity/score-account.ts';
import { loadInstafake } from '../../../scripts/authenticity/load-instafake.ts';
import { loadKaggleAccounts } from '../../../scripts/authenticity/load-kaggle-accounts.ts';
import { hasTestData, testDataDir } from '../../support/test-data.ts';

const skipNote = hasTestData ? '' : ` (SKIPPED: no dataset folder at ${testDataDir}; set MICROREACH_TEST_DATA)`;

describe('shipped account model parameters', () => {
  it('list the features in the order accountFeatures produces them', () => {
    expect(ACCOUNT_MODEL_PARAMS.features).toEqual(ACCOUNT_FEATURE_NAMES);
  });

  it.skipIf(!hasTestData)(`reproduce a fresh fit on InstaFake fake-v1.0, account by account${skipNote}`, () => {
    const instafake = loadInstafake(testDataDir);
    const kaggle = loadKaggleAccounts(testDataDir);
    expect(instafake).toHaveLength(1_194);
    expect(instafake.filter((a) => a.isFake)).toHaveLength(200);
    expect(kaggle).toHaveLength(696);

    const refit = fitAccountModel(instafake);
    expect(refit.trees.trees).toHaveLength(ACCOUNT_MODEL_PARAMS.trees.trees.length);
    for (const { profile } of [...instafake, ...kaggle]) {
      const shipped = scoreAccount(ACCOUNT_MODEL_PARAMS, accountFeatures(profile));
      const fresh = scoreAccount(refit, accountFeatures(profile));
      // The file keeps 7 significant digits; anything beyond ~1e-5 in log-odds is a different model.
      expect(Math.abs(shipped.logOdds - fresh.logOdds)).toBeLessThan(1e-4);
      expect(classifyAccount(profile).isSuspicious).toBe(classifyAccount(profile, refit).isSuspicious);
    }
  });
});
