import type { LogisticRegression } from './logistic-regression.ts';
import { isMissing, type FeatureRow } from './regression-tree.ts';

/**
 * Log-odds of the positive class for a row in the units the model was fitted on. A missing value
 * is taken at its training mean (a standardised 0), which for a linear model is the same as
 * averaging over it.
 */
export function predictLogisticRegression(model: LogisticRegression, row: FeatureRow): number {
  let logOdds = model.intercept;
  model.coefficients.forEach((coefficient, f) => {
    const value = row[f];
    if (!isMissing(value))
      logOdds += (coefficient * (value - model.standardizer.means[f]!)) / model.standardizer.scales[f]!;
  });
  return logOdds;
}
