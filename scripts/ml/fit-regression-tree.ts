// One Newton-step regression tree for gradient boosting (the XGBoost recipe, exact greedy splits):
// each leaf outputs −G / (H + l2) from the summed gradients G and hessians H of its rows, and a
// split is chosen to maximise the reduction of the second-order loss. Rows must be complete.
//
// Optional monotone constraints (+1: output may only rise with the feature, −1: only fall) are
// enforced as in XGBoost: a split on a constrained feature must order its children's values, and
// the midpoint becomes a bound that every leaf below respects. Each tree is then monotone, and so
// is their sum — domain knowledge the data cannot contradict by accident.
import type { TreeNode } from '../../src/core/ml/regression-tree.ts';

export interface TreeTable {
  /** Column-major feature values: columns[feature][row]. */
  columns: readonly Float64Array[];
  /** Per feature, the row indices sorted by value (ties by row index), computed once per fit. */
  order: readonly Int32Array[];
  /** Per-row weight, used as cover (class weights go here). */
  weights: Float64Array;
}

export type Monotone = -1 | 0 | 1;

export interface TreeOptions {
  maxDepth: number;
  /** Smallest cover (weighted rows) a leaf may have. */
  minLeafCover: number;
  /** L2 penalty on leaf values; shrinks leaves backed by little evidence. */
  l2: number;
  /** Per feature; absent or 0 means unconstrained. */
  monotone?: readonly Monotone[];
}

/** Fits a tree to the gradients and hessians of the rows listed in `rows` (weights already applied). */
export function fitRegressionTree(
  table: TreeTable,
  gradients: Float64Array,
  hessians: Float64Array,
  rows: readonly number[],
  options: TreeOptions,
): TreeNode {
  const { l2, minLeafCover } = options;
  const clamp = (w: number, lo: number, hi: number) => Math.min(Math.max(w, lo), hi);
  // Loss reduction of giving a leaf with sums (g, h) the value w; G²/(H + l2) at the optimum.
  const score = (g: number, h: number, w: number) => -(2 * g * w + (h + l2) * w * w);
  const inNode = new Uint8Array(table.weights.length);

  const grow = (members: readonly number[], depth: number, lo: number, hi: number): TreeNode => {
    let g = 0,
      h = 0,
      cover = 0;
    for (const i of members) {
      g += gradients[i]!;
      h += hessians[i]!;
      cover += table.weights[i]!;
    }
    const leaf = { value: clamp(-g / (h + l2), lo, hi), cover };
    if (depth >= options.maxDepth || members.length < 2) return leaf;

    const parentScore = score(g, h, leaf.value);
    let best = { gain: 1e-12, feature: -1, threshold: 0, mid: 0 };
    for (const i of members) inNode[i] = 1;
    table.columns.forEach((column, feature) => {
      const direction = options.monotone?.[feature] ?? 0;
      let gl = 0,
        hl = 0,
        cl = 0,
        previous = -1;
      for (const i of table.order[feature]!) {
        if (!inNode[i]) continue;
        // A threshold can sit between the previous row and this one only if their values differ.
        if (previous >= 0 && column[i]! > column[previous]! && cl >= minLeafCover && cover - cl >= minLeafCover) {
          const wl = clamp(-gl / (hl + l2), lo, hi);
          const wr = clamp(-(g - gl) / (h - hl + l2), lo, hi);
          if (direction * (wr - wl) >= 0) {
            const gain = score(gl, hl, wl) + score(g - gl, h - hl, wr) - parentScore;
            if (gain > best.gain)
              best = { gain, feature, threshold: (column[i]! + column[previous]!) / 2, mid: (wl + wr) / 2 };
          }
        }
        gl += gradients[i]!;
        hl += hessians[i]!;
        cl += table.weights[i]!;
        previous = i;
      }
    });
    for (const i of members) inNode[i] = 0;
    if (best.feature < 0) return leaf;

    const { feature, threshold, mid } = best;
    const direction = options.monotone?.[feature] ?? 0;
    const column = table.columns[feature]!;
    const below = members.filter((i) => column[i]! < threshold);
    const above = members.filter((i) => column[i]! >= threshold);
    // Rising: everything below the threshold stays ≤ mid ≤ everything above; falling: the reverse.
    const left = grow(below, depth + 1, direction === -1 ? mid : lo, direction === 1 ? mid : hi);
    const right = grow(above, depth + 1, direction === 1 ? mid : lo, direction === -1 ? mid : hi);
    return { feature, threshold, cover, left, right };
  };
  return grow(rows, 0, -Infinity, Infinity);
}
