import type { BoostedTrees } from './boosted-trees.ts';
import { predictTree } from './predict-tree.ts';
import type { FeatureRow } from './regression-tree.ts';

/** Log-odds of the positive class for a row; missing values are averaged over (see predictTree). */
export function predictBoostedTrees(model: BoostedTrees, row: FeatureRow): number {
  let logOdds = model.baseLogOdds;
  for (const tree of model.trees) logOdds += predictTree(tree, row);
  return logOdds;
}
