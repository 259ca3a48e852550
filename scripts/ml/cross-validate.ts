// K-fold cross-validation around any learner: for each fold, `fitAndScore` receives the training
// examples and must return scores for the held-out ones. The learner's settings are fixed by the
// caller before this runs; nothing here looks at a test fold to choose them.
import { stratifiedFolds } from './stratified-folds.ts';
import { stratifiedGroupFolds } from './stratified-group-folds.ts';

export interface CrossValidation {
  /** The fold each example was held out in. */
  folds: number[];
  /** The out-of-fold score of each example (whatever the learner returns, e.g. a probability). */
  scores: number[];
}

/** Out-of-fold scores for every example under stratified k-fold (seeded, so reproducible). */
export function crossValidate<T>(
  examples: readonly T[],
  labels: readonly (0 | 1)[],
  k: number,
  seed: number,
  fitAndScore: (train: T[], trainLabels: (0 | 1)[], test: T[]) => number[],
  /** Examples with the same key are held out together (duplicates never straddle folds). */
  groups?: readonly string[],
): CrossValidation {
  const folds = groups ? stratifiedGroupFolds(labels, groups, k, seed) : stratifiedFolds(labels, k, seed);
  const scores = new Array<number>(examples.length).fill(Number.NaN);
  for (let fold = 0; fold < k; fold++) {
    const train = examples.filter((_, i) => folds[i] !== fold);
    const trainLabels = labels.filter((_, i) => folds[i] !== fold);
    const testIndex = folds.flatMap((f, i) => (f === fold ? [i] : []));
    const testScores = fitAndScore(
      train,
      trainLabels,
      testIndex.map((i) => examples[i]!),
    );
    testIndex.forEach((row, j) => {
      scores[row] = testScores[j]!;
    });
  }
  return { folds, scores };
}
