// Boosting with strong shrinkage often fits the same small tree (same splits, same thresholds)
// many times over with different leaf values. Trees of equal shape add up node by node into one
// tree, so merging them changes no prediction and no explanation (covers are equal too, because
// the same training rows reach the same nodes) while making the shipped model a few times smaller.
import type { BoostedTrees } from '../../src/core/ml/boosted-trees.ts';
import { isSplit, type TreeNode } from '../../src/core/ml/regression-tree.ts';

/** The same model with trees of identical shape summed, in order of first appearance. */
export function mergeEqualTrees(model: BoostedTrees): BoostedTrees {
  const merged = new Map<string, TreeNode>();
  for (const tree of model.trees) {
    const key = shape(tree);
    const existing = merged.get(key);
    merged.set(key, existing ? add(existing, tree) : tree);
  }
  return { baseLogOdds: model.baseLogOdds, trees: [...merged.values()] };
}

function shape(node: TreeNode): string {
  return isSplit(node) ? `(${node.feature}<${node.threshold} ${shape(node.left)} ${shape(node.right)})` : '.';
}

function add(a: TreeNode, b: TreeNode): TreeNode {
  if (isSplit(a) && isSplit(b)) return { ...a, left: add(a.left, b.left), right: add(a.right, b.right) };
  if (!isSplit(a) && !isSplit(b)) return { value: a.value + b.value, cover: a.cover };
  throw new Error('mergeEqualTrees: trees of different shape');
}
