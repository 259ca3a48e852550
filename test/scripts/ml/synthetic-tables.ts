// Small hand-made tables for the learner tests.

/**
 * One feature x = 0…99. Negatives at x < 80, positives at x ≥ 60, and in the overlap 60 ≤ x < 80
 * two negatives per positive: 120 negatives, 40 positives.
 */
export function overlapTable(): { rows: number[][]; labels: (0 | 1)[] } {
  const rows: number[][] = [];
  const labels: (0 | 1)[] = [];
  for (let x = 0; x < 100; x++) {
    const negatives = x < 60 ? 1 : x < 80 ? 2 : 0;
    for (let i = 0; i < negatives; i++) {
      rows.push([x]);
      labels.push(0);
    }
    if (x >= 60) {
      rows.push([x]);
      labels.push(1);
    }
  }
  return { rows, labels };
}
