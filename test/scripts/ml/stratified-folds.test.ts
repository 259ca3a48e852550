import { describe, expect, it } from 'vitest';
import { crossValidate } from '../../../scripts/ml/cross-validate.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { stratifiedFolds } from '../../../scripts/ml/stratified-folds.ts';

const labels = [...Array<0>(994).fill(0), ...Array<1>(200).fill(1)] as (0 | 1)[];

describe('stratifiedFolds', () => {
  it('keeps the class ratio in every fold (InstaFake sizes: 40 fake per fold)', () => {
    const folds = stratifiedFolds(labels, 5, 7);
    for (let fold = 0; fold < 5; fold++) {
      const members = labels.filter((_, i) => folds[i] === fold);
      expect(members.filter((y) => y === 1)).toHaveLength(40);
      expect(members.length).toBeGreaterThanOrEqual(238);
      expect(members.length).toBeLessThanOrEqual(239);
    }
  });

  it('is reproducible for a seed and changes with it', () => {
    expect(stratifiedFolds(labels, 5, 7)).toEqual(stratifiedFolds(labels, 5, 7));
    expect(stratifiedFolds(labels, 5, 8)).not.toEqual(stratifiedFolds(labels, 5, 7));
  });

  it('rejects k < 2', () => {
    expect(() => stratifiedFolds(labels, 1, 7)).toThrow();
  });
});

describe('crossValidate', () => {
  it('scores every example exactly once, by a learner that never saw it', () => {
    const examples = labels.map((_, i) => i);
    const { folds, scores } = crossValidate(examples, labels, 5, 3, (train, _, test) => {
      const seen = new Set(train);
      expect(test.some((i) => seen.has(i))).toBe(false);
      return test.map((i) => i * 10);
    });
    expect(scores).toEqual(examples.map((i) => i * 10));
    expect(new Set(folds)).toEqual(new Set([0, 1, 2, 3, 4]));
  });
});

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, in [0, 1)', () => {
    const a = seededRandom(42),
      b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});
