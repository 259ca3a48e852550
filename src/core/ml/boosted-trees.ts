import type { TreeNode } from './regression-tree.ts';

/** A fitted gradient-boosted ensemble for a binary label: log-odds = baseLogOdds + Σ tree(row). */
export interface BoostedTrees {
  baseLogOdds: number;
  /** Leaf values already include the learning rate. */
  trees: TreeNode[];
}
