import { describe, expect, it } from 'vitest';
import { binaryMetrics } from '../../../scripts/ml/binary-metrics.ts';
import { balancedClassWeights } from '../../../scripts/ml/class-weights.ts';
import { fitStandardizer } from '../../../scripts/ml/fit-standardizer.ts';

describe('binaryMetrics (positive = fake)', () => {
  it.each([
    [
      'mixed: tp 2, fp 1, fn 1, tn 2',
      [1, 1, 1, 0, 0, 0],
      [true, true, false, true, false, false],
      { accuracy: 4 / 6, precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 },
    ],
    ['nothing flagged: precision n/a', [1, 0], [false, false], { accuracy: 0.5, precision: null, recall: 0, f1: null }],
    ['no fake at all: recall n/a', [0, 0], [true, false], { accuracy: 0.5, precision: 0, recall: null, f1: null }],
    ['perfect', [1, 0, 1], [true, false, true], { accuracy: 1, precision: 1, recall: 1, f1: 1 }],
  ] as const)('%s', (_, labels, predicted, expected) => {
    const m = binaryMetrics([...labels], [...predicted]);
    expect(m.accuracy).toBeCloseTo(expected.accuracy, 12);
    for (const key of ['precision', 'recall', 'f1'] as const) {
      if (expected[key] === null) expect(m[key]).toBeNull();
      else expect(m[key]).toBeCloseTo(expected[key], 12);
    }
  });
});

describe('balancedClassWeights', () => {
  it('gives each class half the total weight (200 fake, 994 real)', () => {
    const labels = [...Array<1>(200).fill(1), ...Array<0>(994).fill(0)] as (0 | 1)[];
    const w = balancedClassWeights(labels);
    const sum = (y: 0 | 1) => w.reduce((s, x, i) => s + (labels[i] === y ? x : 0), 0);
    expect(sum(1)).toBeCloseTo(597, 9);
    expect(sum(0)).toBeCloseTo(597, 9);
  });
});

describe('fitStandardizer', () => {
  it('centres and scales, and leaves a constant column unscaled', () => {
    const s = fitStandardizer([
      [1, 5],
      [3, 5],
    ]);
    expect(s).toEqual({ means: [2, 5], scales: [1, 1] });
  });
});
