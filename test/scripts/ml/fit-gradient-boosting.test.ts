import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedClassWeights } from '../../../scripts/ml/class-weights.ts';
import { explainBoostedTrees } from '../../../src/core/ml/explain-boosted-trees.ts';
import { fitGradientBoosting, type GradientBoostingOptions } from '../../../scripts/ml/fit-gradient-boosting.ts';
import { mergeEqualTrees } from '../../../scripts/ml/merge-equal-trees.ts';
import { predictBoostedTrees } from '../../../src/core/ml/predict-boosted-trees.ts';
import { isSplit } from '../../../src/core/ml/regression-tree.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { sigmoid } from '../../../src/core/ml/sigmoid.ts';
import { overlapTable } from './synthetic-tables.ts';

const OPTIONS: GradientBoostingOptions = { rounds: 100, learningRate: 0.1, maxDepth: 2, minLeafCover: 1, l2: 1 };

/** Two features, label = x0 + x1 > 1 (an interaction a single stump cannot express). */
function separable(n: number, seed: number) {
  const random = seededRandom(seed);
  const rows = Array.from({ length: n }, () => [random(), random()]);
  return { rows, labels: rows.map(([a, b]) => (a! + b! > 1 ? 1 : 0) as 0 | 1) };
}

describe('fitGradientBoosting', () => {
  it('separates separable data', () => {
    const { rows, labels } = separable(300, 1);
    const model = fitGradientBoosting(rows, labels, { ...OPTIONS, rounds: 300 });
    const correct = rows.filter((row, i) => (predictBoostedTrees(model, row) > 0 ? 1 : 0) === labels[i]).length;
    expect(correct / rows.length).toBeGreaterThanOrEqual(0.98);
  });

  it('is deterministic: the same data gives the same model', () => {
    const { rows, labels } = separable(200, 2);
    expect(fitGradientBoosting(rows, labels, OPTIONS)).toEqual(fitGradientBoosting(rows, labels, OPTIONS));
  });

  it('starts from the (weighted) prior log-odds', () => {
    const labels = [1, 0, 0, 0] as const;
    expect(fitGradientBoosting([[0], [0], [0], [0]], [...labels], { ...OPTIONS, rounds: 0 }).baseLogOdds).toBeCloseTo(
      Math.log(1 / 3),
    );
    expect(
      fitGradientBoosting(
        [[0], [0], [0], [0]],
        [...labels],
        { ...OPTIONS, rounds: 0 },
        balancedClassWeights([...labels]),
      ).baseLogOdds,
    ).toBeCloseTo(0);
  });

  it('balanced class weights move the decision boundary towards the majority class', () => {
    // In 60 ≤ x < 80 there are two negatives per positive: unweighted that region is "negative",
    // with balanced weights (positives count 2.5× as much) it becomes "positive".
    const { rows, labels } = overlapTable();
    const plain = fitGradientBoosting(rows, labels, OPTIONS);
    const weighted = fitGradientBoosting(rows, labels, OPTIONS, balancedClassWeights(labels));
    const p = (model: typeof plain, x: number) => sigmoid(predictBoostedTrees(model, [x]));
    expect(p(plain, 10)).toBeLessThan(0.5);
    expect(p(weighted, 10)).toBeLessThan(0.5);
    expect(p(plain, 70)).toBeLessThan(0.5);
    expect(p(weighted, 70)).toBeGreaterThan(0.5);
    expect(p(plain, 95)).toBeGreaterThan(0.5);
    expect(p(weighted, 95)).toBeGreaterThan(0.5);
  });

  it('keeps a monotone constraint even where the data says otherwise', () => {
    // Label falls with x0 in the middle band; constrained to rise, the model may only stay flat there.
    const rows = Array.from({ length: 200 }, (_, i) => [i / 200, ((i * 7919) % 200) / 200]);
    const labels = rows.map(([x]) => (x! > 0.7 || (x! > 0.2 && x! < 0.4) ? 1 : 0) as 0 | 1);
    const grid = Array.from({ length: 101 }, (_, i) => i / 100);
    const steps = (monotone: (0 | 1)[]) => {
      const model = fitGradientBoosting(rows, labels, { ...OPTIONS, monotone });
      return grid.flatMap((other) =>
        grid
          .slice(1)
          .map((x, i) => predictBoostedTrees(model, [x, other]) - predictBoostedTrees(model, [grid[i]!, other])),
      );
    };
    // Unconstrained, the model does follow the dip (so this data can catch a broken constraint)…
    expect(Math.min(...steps([0, 0]))).toBeLessThan(-0.1);
    // …constrained, it never goes down along x0.
    expect(Math.min(...steps([1, 0]))).toBeGreaterThanOrEqual(-1e-12);
  });

  it('averages over a missing value by the training cover', () => {
    const { rows, labels } = separable(200, 3);
    const model = fitGradientBoosting(rows, labels, { ...OPTIONS, rounds: 1, maxDepth: 1, learningRate: 1 });
    const tree = model.trees[0]!;
    if (!isSplit(tree) || isSplit(tree.left) || isSplit(tree.right)) throw new Error('expected one split');
    const expected = (tree.left.value * tree.left.cover + tree.right.value * tree.right.cover) / tree.cover;
    expect(predictBoostedTrees(model, [null, null])).toBeCloseTo(model.baseLogOdds + expected, 12);
  });

  it('rejects incomplete training rows', () => {
    expect(() => fitGradientBoosting([[1], [Number.NaN]], [0, 1], OPTIONS)).toThrow(/not finite/);
  });
});

describe('explainBoostedTrees and mergeEqualTrees', () => {
  const { rows, labels } = separable(200, 4);
  const model = fitGradientBoosting(rows, labels, OPTIONS);
  const cell = fc.option(fc.double({ min: -0.5, max: 1.5, noNaN: true }), { nil: null });

  it('contributions add up to the prediction, with or without missing values', () => {
    fc.assert(
      fc.property(cell, cell, (a, b) => {
        const { expectedLogOdds, contributions } = explainBoostedTrees(model, [a, b]);
        expect(expectedLogOdds + contributions[0]! + contributions[1]!).toBeCloseTo(
          predictBoostedTrees(model, [a, b]),
          9,
        );
        if (a === null) expect(contributions[0]).toBeCloseTo(0, 12);
      }),
    );
  });

  it('merging trees of equal shape changes no prediction and no explanation', () => {
    const merged = mergeEqualTrees(model);
    expect(merged.trees.length).toBeLessThan(model.trees.length);
    fc.assert(
      fc.property(cell, cell, (a, b) => {
        expect(predictBoostedTrees(merged, [a, b])).toBeCloseTo(predictBoostedTrees(model, [a, b]), 9);
        explainBoostedTrees(merged, [a, b]).contributions.forEach((c, f) =>
          expect(c).toBeCloseTo(explainBoostedTrees(model, [a, b]).contributions[f]!, 9),
        );
      }),
    );
  });
});
