import { describe, expect, it } from 'vitest';
import { duplicateGroup } from '../../../scripts/authenticity/evaluate-classifier.ts';
import { stratifiedGroupFolds } from '../../../scripts/ml/stratified-group-folds.ts';

describe('stratifiedGroupFolds', () => {
  it.each([
    ['singletons', 100, 1],
    ['pairs of duplicates', 100, 2],
    ['runs of five duplicates', 100, 5],
  ])('keeps every group in one fold and the folds about even (%s)', (_label, n, run) => {
    const labels = Array.from({ length: n }, (_, i) => (Math.floor(i / run) % 5 === 0 ? 1 : 0) as 0 | 1);
    const groups = labels.map((_, i) => `g${Math.floor(i / run)}`);
    const folds = stratifiedGroupFolds(labels, groups, 5, 7);
    for (let i = 0; i < n; i++) expect(folds[i]).toBe(folds[Math.floor(i / run) * run]);
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(2 * run);
  });

  it('groups InstaFake rows by profile numbers and label', () => {
    const a = { profile: { followers: 10, following: 900 }, isFake: true };
    expect(duplicateGroup(a)).toBe(duplicateGroup({ profile: { followers: 10, following: 900 }, isFake: true }));
    expect(duplicateGroup(a)).not.toBe(duplicateGroup({ profile: { followers: 11, following: 900 }, isFake: true }));
  });
});
