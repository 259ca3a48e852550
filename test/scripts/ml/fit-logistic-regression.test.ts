import { describe, expect, it } from 'vitest';
import { balancedClassWeights } from '../../../scripts/ml/class-weights.ts';
import { explainLogisticRegression } from '../../../src/core/ml/explain-logistic-regression.ts';
import { fitLogisticRegression } from '../../../scripts/ml/fit-logistic-regression.ts';
import { predictLogisticRegression } from '../../../src/core/ml/predict-logistic-regression.ts';
import { overlapTable } from './synthetic-tables.ts';

/** Where the fitted log-odds cross 0 along the single feature. */
const boundary = (model: ReturnType<typeof fitLogisticRegression>) => {
  const {
    intercept,
    coefficients: [slope],
    standardizer: {
      means: [mean],
      scales: [scale],
    },
  } = model;
  return mean! - (intercept * scale!) / slope!;
};

describe('fitLogisticRegression', () => {
  it('separates separable data and is deterministic', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [i, (i * 37) % 100]);
    const labels = rows.map(([x]) => (x! >= 50 ? 1 : 0) as 0 | 1);
    const model = fitLogisticRegression(rows, labels);
    expect(rows.every((row, i) => (predictLogisticRegression(model, row) > 0 ? 1 : 0) === labels[i])).toBe(true);
    expect(fitLogisticRegression(rows, labels)).toEqual(model);
  });

  it('balanced class weights move the boundary towards the majority class', () => {
    const { rows, labels } = overlapTable();
    const plain = boundary(fitLogisticRegression(rows, labels));
    const weighted = boundary(fitLogisticRegression(rows, labels, {}, balancedClassWeights(labels)));
    expect(plain).toBeGreaterThan(72);
    expect(weighted).toBeLessThan(plain - 5);
  });

  it('takes a missing value at its training mean, crediting it nothing', () => {
    const rows = [
      [0, 1],
      [1, 3],
      [2, 2],
      [3, 5],
      [4, 4],
      [5, 6],
    ];
    const model = fitLogisticRegression(rows, [0, 0, 1, 0, 1, 1]);
    const mean0 = model.standardizer.means[0]!;
    expect(predictLogisticRegression(model, [null, 4])).toBeCloseTo(predictLogisticRegression(model, [mean0, 4]), 12);
    const { expectedLogOdds, contributions } = explainLogisticRegression(model, [null, 4]);
    expect(contributions[0]).toBe(0);
    expect(expectedLogOdds + contributions[1]!).toBeCloseTo(predictLogisticRegression(model, [null, 4]), 12);
  });
});
