import { explainBoostedTrees } from '../ml/explain-boosted-trees.ts';
import { explainLogisticRegression } from '../ml/explain-logistic-regression.ts';
import type { FeatureExplanation } from '../ml/feature-explanation.ts';
import type { FeatureRow } from '../ml/regression-tree.ts';
import { sigmoid } from '../ml/sigmoid.ts';
import type { AccountModel } from './account-model.ts';

export interface AccountScore extends FeatureExplanation {
  logOdds: number;
  /** Probability of "fake" at even prior odds, in (0, 1). */
  probability: number;
}

/**
 * The blended log-odds of a feature row and its exact split by feature: both parts are additive,
 * so the blend of their explanations is an explanation of the blend.
 */
export function scoreAccount(model: AccountModel, row: FeatureRow): AccountScore {
  const trees = explainBoostedTrees(model.trees, row);
  const logistic = explainLogisticRegression(model.logistic, row);
  const s = model.treeShare;
  const expectedLogOdds = s * trees.expectedLogOdds + (1 - s) * logistic.expectedLogOdds;
  const contributions = trees.contributions.map((c, f) => s * c + (1 - s) * logistic.contributions[f]!);
  const logOdds = expectedLogOdds + contributions.reduce((sum, c) => sum + c, 0);
  return { logOdds, probability: sigmoid(logOdds), expectedLogOdds, contributions };
}
