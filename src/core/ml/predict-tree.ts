import { isMissing, isSplit, leftShare, type FeatureRow, type TreeNode } from './regression-tree.ts';

/**
 * The output of one tree for a row. When the split feature is missing, the result is the average
 * of both branches weighted by how the training rows divided there: the expected output given
 * what is known, rather than a guess of the missing value.
 */
export function predictTree(node: TreeNode, row: FeatureRow): number {
  if (!isSplit(node)) return node.value;
  const value = row[node.feature];
  if (isMissing(value)) {
    const share = leftShare(node);
    return share * predictTree(node.left, row) + (1 - share) * predictTree(node.right, row);
  }
  return predictTree(value < node.threshold ? node.left : node.right, row);
}
