// Gradient boosting of small regression trees on the logistic loss. Deterministic: no row or
// feature sampling, and ties are broken by feature order then row order, so the same data and
// options always give the same model.
import type { BoostedTrees } from '../../src/core/ml/boosted-trees.ts';
import { fitRegressionTree, type TreeOptions, type TreeTable } from './fit-regression-tree.ts';
import { predictTree } from '../../src/core/ml/predict-tree.ts';
import { isSplit, type TreeNode } from '../../src/core/ml/regression-tree.ts';
import { sigmoid } from '../../src/core/ml/sigmoid.ts';

export interface GradientBoostingOptions extends TreeOptions {
  rounds: number;
  /** Shrinkage applied to every tree; small values need more rounds but overfit less. */
  learningRate: number;
}

/** Fits on complete numeric rows and 0/1 labels; `weights` defaults to 1 per row. */
export function fitGradientBoosting(
  rows: readonly (readonly number[])[],
  labels: readonly (0 | 1)[],
  options: GradientBoostingOptions,
  weights?: readonly number[],
): BoostedTrees {
  const n = rows.length;
  if (n === 0 || labels.length !== n)
    throw new Error('fitGradientBoosting: need one label per row and at least one row');
  const table = toTable(rows, weights ?? rows.map(() => 1));
  const w = table.weights;

  let positive = 0,
    total = 0;
  labels.forEach((y, i) => {
    positive += y * w[i]!;
    total += w[i]!;
  });
  // Start from the (weighted) prior log-odds, clamped so a one-class table stays finite.
  const prior = Math.min(Math.max(positive / total, 1e-6), 1 - 1e-6);
  const baseLogOdds = Math.log(prior / (1 - prior));

  const margins = new Float64Array(n).fill(baseLogOdds);
  const gradients = new Float64Array(n);
  const hessians = new Float64Array(n);
  const all = Array.from({ length: n }, (_, i) => i);
  const trees: TreeNode[] = [];
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(margins[i]!);
      gradients[i] = w[i]! * (p - labels[i]!);
      hessians[i] = w[i]! * Math.max(p * (1 - p), 1e-12);
    }
    const tree = scaleTree(fitRegressionTree(table, gradients, hessians, all, options), options.learningRate);
    for (let i = 0; i < n; i++) margins[i] = margins[i]! + predictTree(tree, rows[i]!);
    trees.push(tree);
  }
  return { baseLogOdds, trees };
}

function toTable(rows: readonly (readonly number[])[], weights: readonly number[]): TreeTable {
  const width = rows[0]!.length;
  const columns = Array.from({ length: width }, (_, f) =>
    Float64Array.from(rows, (row) => {
      const value = row[f];
      if (value === undefined || !Number.isFinite(value))
        throw new Error(`fitGradientBoosting: feature ${f} is missing or not finite in a training row`);
      return value;
    }),
  );
  // Array.prototype.sort is stable, so equal values stay in row order.
  const order = columns.map((column) =>
    Int32Array.from(Array.from(column.keys()).sort((a, b) => column[a]! - column[b]!)),
  );
  return { columns, order, weights: Float64Array.from(weights) };
}

function scaleTree(node: TreeNode, factor: number): TreeNode {
  if (!isSplit(node)) return { value: node.value * factor, cover: node.cover };
  return { ...node, left: scaleTree(node.left, factor), right: scaleTree(node.right, factor) };
}
