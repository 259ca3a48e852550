// Per-feature contributions to a boosted-tree prediction, by the path method of Saabas: at every
// split a row passes, the change in expected output (child's − node's, see expectedOutput) is credited to the
// split's feature. The contributions plus the ensemble's average output sum exactly to the
// prediction, so "why" and "how much" always agree. A missing feature's splits are averaged over
// both branches and credit nothing to that feature.
import type { BoostedTrees } from './boosted-trees.ts';
import type { FeatureExplanation } from './feature-explanation.ts';
import { expectedOutput, isMissing, isSplit, leftShare, type FeatureRow, type TreeNode } from './regression-tree.ts';

/** expectedLogOdds is baseLogOdds + Σ expected tree outputs; the contributions sum to the rest of the prediction. */
export function explainBoostedTrees(model: BoostedTrees, row: FeatureRow): FeatureExplanation {
  const contributions: number[] = row.map(() => 0);
  let expectedLogOdds = model.baseLogOdds;
  const walk = (node: TreeNode, weight: number): void => {
    if (!isSplit(node)) return;
    const value = row[node.feature];
    if (isMissing(value)) {
      const share = leftShare(node);
      walk(node.left, weight * share);
      walk(node.right, weight * (1 - share));
      return;
    }
    const child = value < node.threshold ? node.left : node.right;
    contributions[node.feature] =
      contributions[node.feature]! + weight * (expectedOutput(child) - expectedOutput(node));
    walk(child, weight);
  };
  for (const tree of model.trees) {
    expectedLogOdds += expectedOutput(tree);
    walk(tree, 1);
  }
  return { expectedLogOdds, contributions };
}
