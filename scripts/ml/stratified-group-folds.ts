// Stratified k-fold over groups: examples with the same group key (e.g. duplicate rows of a dataset)
// always land in the same fold, so a model is never scored on a copy of a row it was fitted on.
import { seededRandom } from '../../src/core/seeded-random.ts';

/** The fold (0 … k−1) of each example; a group takes the label of its first member for stratifying. */
export function stratifiedGroupFolds(
  labels: readonly (0 | 1)[],
  groups: readonly string[],
  k: number,
  seed: number,
): number[] {
  if (!Number.isInteger(k) || k < 2) throw new Error('stratifiedGroupFolds: k must be an integer ≥ 2');
  if (groups.length !== labels.length) throw new Error('stratifiedGroupFolds: one group key per label');
  const random = seededRandom(seed);
  const members = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const folds = new Array<number>(labels.length).fill(0);
  for (const label of [0, 1] as const) {
    const keys = [...members.keys()].filter((g) => labels[members.get(g)![0]!] === label);
    for (let i = keys.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [keys[i], keys[j]] = [keys[j]!, keys[i]!];
    }
    // Largest groups first, each into the fold with the fewest examples of this class so far.
    keys.sort((a, b) => members.get(b)!.length - members.get(a)!.length);
    const filled = new Array<number>(k).fill(0);
    for (const key of keys) {
      const fold = filled.indexOf(Math.min(...filled));
      for (const row of members.get(key)!) folds[row] = fold;
      filled[fold] = filled[fold]! + members.get(key)!.length;
    }
  }
  return folds;
}
