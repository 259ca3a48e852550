// Per-example weights that give each class the same total weight. Used when the class ratio of a
// training set is an artefact of how it was collected (InstaFake: 200 fake to 994 real) rather
// than the rate we expect in use: the fitted log-odds then express evidence only, with even priors.

/** Weight per example so that both classes sum to n / 2; a class that is absent gets no weight. */
export function balancedClassWeights(labels: readonly (0 | 1)[]): number[] {
  const positives = labels.filter((y) => y === 1).length;
  const negatives = labels.length - positives;
  const half = labels.length / 2;
  return labels.map((y) => (y === 1 ? half / Math.max(positives, 1) : half / Math.max(negatives, 1)));
}
