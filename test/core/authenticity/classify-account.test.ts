import { describe, expect, it } from 'vitest';
import { accountFeatures } from '../../../src/core/authenticity/account-features.ts';
import { ACCOUNT_MODEL_PARAMS } from '../../../src/core/authenticity/account-model-params.ts';
import { classifyAccount } from '../../../src/core/authenticity/classify-account.ts';
import { scoreAccount } from '../../../src/core/authenticity/score-account.ts';
import { predictBoostedTrees } from '../../../src/core/ml/predict-boosted-trees.ts';
import { predictLogisticRegression } from '../../../src/core/ml/predict-logistic-regression.ts';

// A mass-following account with no posts (the second fake account in InstaFake's file).
const massFollower = {
  followers: 324,
  following: 4_122,
  posts: 0,
  hasProfilePicture: true,
  isPrivate: false,
  bioLength: 0,
  usernameLength: 15,
  usernameDigitCount: 4,
};
// A typical small real account (InstaFake's real medians).
const ordinary = {
  followers: 345,
  following: 420,
  posts: 30,
  hasProfilePicture: true,
  isPrivate: true,
  bioLength: 12,
  username: 'ana.feet',
};

describe('classifyAccount with the shipped model', () => {
  it('flags a mass follower with no posts, and says why in sentences', () => {
    const verdict = classifyAccount(massFollower);
    expect(verdict.isSuspicious).toBe(true);
    expect(verdict.probability).toBeGreaterThan(0.9);
    expect(verdict.reasons.length).toBeGreaterThanOrEqual(1);
    expect(verdict.reasons.length).toBeLessThanOrEqual(3);
    expect(verdict.reasons.map((r) => r.text)).toEqual(
      expect.arrayContaining(['follows 4,122 accounts but has 324 followers', 'has not posted anything']),
    );
    expect(verdict.reasons.every((r) => r.effect > 0)).toBe(true);
    // Strongest first.
    expect(verdict.reasons.map((r) => r.effect)).toEqual(
      [...verdict.reasons.map((r) => r.effect)].sort((a, b) => b - a),
    );
  });

  it('passes an ordinary small account, with the reasons that speak for it', () => {
    const verdict = classifyAccount(ordinary);
    expect(verdict.isSuspicious).toBe(false);
    expect(verdict.probability).toBeLessThan(0.1);
    expect(verdict.reasons[0]?.text).toBe('has 345 followers and follows 420 accounts');
    expect(verdict.reasons.every((r) => r.effect < 0)).toBe(true);
  });

  it('names a digit-heavy username and a missing picture', () => {
    const verdict = classifyAccount({
      followers: 20,
      following: 60,
      posts: 1,
      hasProfilePicture: false,
      isPrivate: false,
      bioLength: 0,
      username: 'lara83921775',
    });
    expect(verdict.isSuspicious).toBe(true);
    const texts = verdict.reasons.map((r) => r.text);
    expect(texts.some((t) => t === 'has no profile picture' || t === 'username "lara83921775" is 67% digits')).toBe(
      true,
    );
  });

  it('gives no score when nothing is known, rather than the model average', () => {
    expect(classifyAccount({})).toEqual({ probability: null, isSuspicious: false, reasons: [] });
  });

  it('works on partial profiles and only gives reasons from what is known', () => {
    const verdict = classifyAccount({ followers: 12 });
    expect(verdict.probability).not.toBeNull();
    expect(verdict.reasons.map((r) => r.signal)).toEqual(['followCounts']);
  });

  it('the score is the blend of the two parts, and its explanation adds up', () => {
    for (const profile of [massFollower, ordinary, { followers: 12, posts: 0 }]) {
      const row = accountFeatures(profile);
      const score = scoreAccount(ACCOUNT_MODEL_PARAMS, row);
      const blend =
        ACCOUNT_MODEL_PARAMS.treeShare * predictBoostedTrees(ACCOUNT_MODEL_PARAMS.trees, row) +
        (1 - ACCOUNT_MODEL_PARAMS.treeShare) * predictLogisticRegression(ACCOUNT_MODEL_PARAMS.logistic, row);
      expect(score.logOdds).toBeCloseTo(blend, 9);
      expect(score.expectedLogOdds + score.contributions.reduce((a, b) => a + b, 0)).toBeCloseTo(score.logOdds, 9);
    }
  });
});
