import type { FeatureExplanation } from './feature-explanation.ts';
import type { LogisticRegression } from './logistic-regression.ts';
import { isMissing, type FeatureRow } from './regression-tree.ts';

/**
 * Per-feature log-odds of a logistic regression measured from the average training row: feature f
 * contributes coefficient × its distance from the training mean in standard deviations (0 when
 * missing). expectedLogOdds (the intercept) + Σ contributions = predictLogisticRegression.
 */
export function explainLogisticRegression(model: LogisticRegression, row: FeatureRow): FeatureExplanation {
  const contributions = model.coefficients.map((coefficient, f) => {
    const value = row[f];
    return isMissing(value)
      ? 0
      : (coefficient * (value - model.standardizer.means[f]!)) / model.standardizer.scales[f]!;
  });
  return { expectedLogOdds: model.intercept, contributions };
}
