// The one place the evaluation's machine-readable result is built: a single JSON line, printed
// last by scripts/eval-authenticity.ts. To add a metric, add its key here (in the order it should
// print) and compute it in the script; the creator-level ones are planned but not computed yet.

export interface AuthenticityMetrics {
  /** 5-fold stratified CV accuracy of the shipped model on InstaFake fake-v1.0 (1,194 accounts). */
  instafake_cv_accuracy: number;
  /** Model fitted on all of InstaFake, accuracy on all 696 Kaggle accounts. */
  kaggle_cross_accuracy: number;
  /** Planned: share of InstaFake's non-automated real accounts the creator-level score flags. */
  real_account_flag_rate?: number;
  /** Planned: share of creators with injected fake audience that the creator-level score catches. */
  injected_fraud_recall?: number;
}

const ORDER: readonly (keyof AuthenticityMetrics)[] = ['instafake_cv_accuracy', 'kaggle_cross_accuracy', 'real_account_flag_rate', 'injected_fraud_recall'];

/** One JSON line, keys in a fixed order, values to 4 decimals, absent metrics left out. */
export function metricsLine(metrics: AuthenticityMetrics): string {
  const entries = ORDER.flatMap((key) => {
    const value = metrics[key];
    return value === undefined ? [] : [[key, Math.round(value * 10_000) / 10_000] as const];
  });
  return JSON.stringify(Object.fromEntries(entries));
}
