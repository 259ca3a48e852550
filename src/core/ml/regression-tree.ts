// The tree shape shared by the learner, prediction and explanation. A row goes left when its value
// is below the threshold. Every node keeps its cover (the weighted number of training rows that
// reached it), so that a row with a missing value can be sent down both branches in proportion to
// the training data, and so that each split's effect on the output can be attributed to its
// feature. Only leaves carry a value: a split's expected output is derived from its leaves
// (expectedOutput), so the two cannot drift apart when the numbers are rounded for shipping.

export interface TreeLeaf {
  value: number;
  cover: number;
}

export interface TreeSplit {
  cover: number;
  feature: number;
  threshold: number;
  left: TreeNode;
  right: TreeNode;
}

export type TreeNode = TreeLeaf | TreeSplit;

/** A feature row; null (or NaN) means "not known for this account". */
export type FeatureRow = readonly (number | null)[];

export function isSplit(node: TreeNode): node is TreeSplit {
  return 'feature' in node;
}

/** The share of the training cover that went left at this split (0.5 when the split saw none). */
export function leftShare(node: TreeSplit): number {
  const total = node.left.cover + node.right.cover;
  return total > 0 ? node.left.cover / total : 0.5;
}

/** The cover-weighted mean output of a subtree: what it returns on average over the training rows. */
export function expectedOutput(node: TreeNode): number {
  if (!isSplit(node)) return node.value;
  const share = leftShare(node);
  return share * expectedOutput(node.left) + (1 - share) * expectedOutput(node.right);
}

export function isMissing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}
