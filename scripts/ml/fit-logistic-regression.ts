// Plain L2-regularised logistic regression, fitted by Newton's method on standardised columns
// (a few exact steps instead of thousands of gradient steps; deterministic). It is both the
// comparison baseline and the linear half of the account model, so it stays deliberately simple:
// no interactions, no feature selection. The intercept is not penalised.
import { dot } from './dot.ts';
import { fitStandardizer, standardizeRow } from './fit-standardizer.ts';
import type { LogisticRegression } from '../../src/core/ml/logistic-regression.ts';
import { sigmoid } from '../../src/core/ml/sigmoid.ts';
import { solveLinearSystem } from './solve-linear-system.ts';

export type { LogisticRegression };

export interface LogisticRegressionOptions {
  /** Penalty on the mean weighted log-loss; also keeps separable data finite. */
  l2: number;
  maxIterations: number;
}

const DEFAULTS: LogisticRegressionOptions = { l2: 1e-3, maxIterations: 100 };

/** Fits on complete numeric rows and 0/1 labels; `weights` defaults to 1 per row. */
export function fitLogisticRegression(
  rows: readonly (readonly number[])[],
  labels: readonly (0 | 1)[],
  options: Partial<LogisticRegressionOptions> = {},
  weights?: readonly number[],
): LogisticRegression {
  const { l2, maxIterations } = { ...DEFAULTS, ...options };
  const standardizer = fitStandardizer(rows);
  // Column 0 is the intercept.
  const x = rows.map((row) => [1, ...standardizeRow(standardizer, row)]);
  const w = weights ?? rows.map(() => 1);
  const total = w.reduce((a, b) => a + b, 0);
  const size = (x[0] ?? [1]).length;
  let beta = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    // Gradient and Hessian of mean weighted log-loss + (l2 / 2)·|coefficients|².
    const gradient = beta.map((b, j) => (j === 0 ? 0 : l2 * b));
    const hessian = beta.map((_, j) => beta.map((__, k) => (j === k && j > 0 ? l2 : 0)));
    x.forEach((row, i) => {
      const p = sigmoid(dot(beta, row));
      const error = (w[i]! * (p - labels[i]!)) / total;
      const curvature = (w[i]! * Math.max(p * (1 - p), 1e-12)) / total;
      for (let j = 0; j < size; j++) {
        gradient[j] = gradient[j]! + error * row[j]!;
        for (let k = 0; k < size; k++) hessian[j]![k] = hessian[j]![k]! + curvature * row[j]! * row[k]!;
      }
    });
    const step = solveLinearSystem(hessian, gradient);
    beta = beta.map((b, j) => b - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return { standardizer, intercept: beta[0]!, coefficients: beta.slice(1) };
}
