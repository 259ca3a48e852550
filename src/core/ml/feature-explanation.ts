/** An additive account of one prediction: expectedLogOdds + Σ contributions = the predicted log-odds. */
export interface FeatureExplanation {
  /** The log-odds of an average training row. */
  expectedLogOdds: number;
  /** Log-odds credited to each feature, in feature order; positive pushes towards class 1. */
  contributions: number[];
}
