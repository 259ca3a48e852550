// The usual figures for a yes/no classifier, with the positive class (1 = fake) as the one of
// interest. Precision, recall and F1 are null when undefined (no predicted or no actual positives),
// never a silent 0 or NaN.

export interface BinaryMetrics {
  n: number;
  accuracy: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Counts: tp = fake flagged, fp = real flagged, fn = fake missed, tn = real passed. */
  confusion: { tp: number; fp: number; fn: number; tn: number };
}

export function binaryMetrics(labels: readonly (0 | 1)[], predicted: readonly boolean[]): BinaryMetrics {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  labels.forEach((y, i) => {
    if (predicted[i]) {
      if (y === 1) tp++;
      else fp++;
    } else if (y === 1) fn++;
    else tn++;
  });
  const n = labels.length;
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : null;
  return { n, accuracy: n > 0 ? (tp + tn) / n : Number.NaN, precision, recall, f1, confusion: { tp, fp, fn, tn } };
}
