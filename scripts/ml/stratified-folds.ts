// Stratified k-fold assignment: each class is shuffled with a seeded generator and dealt round-robin
// into the folds, so every fold keeps the class ratio (40 fake + ~199 real per InstaFake fold).
import { seededRandom } from '../../src/core/seeded-random.ts';

/** The fold (0 … k−1) of each example. */
export function stratifiedFolds(labels: readonly (0 | 1)[], k: number, seed: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new Error('stratifiedFolds: k must be an integer ≥ 2');
  const random = seededRandom(seed);
  const folds = new Array<number>(labels.length).fill(0);
  for (const label of [0, 1] as const) {
    const members = labels.flatMap((y, i) => (y === label ? [i] : []));
    // Fisher–Yates shuffle.
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    members.forEach((row, position) => {
      folds[row] = position % k;
    });
  }
  return folds;
}
