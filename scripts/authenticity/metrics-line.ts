// The one place the evaluation's machine-readable result is built: a single JSON line, printed
// last by scripts/eval-authenticity.ts. Each key names what it measures: which layer (the account
// classifier, or the creator audience score), the statistic, and on which accounts.

export interface AuthenticityMetrics {
  /** Account classifier: 5-fold stratified CV accuracy on InstaFake fake-v1.0, duplicate rows kept in one fold. */
  account_classifier_instafake_grouped_cv_accuracy: number;
  /** Account classifier fitted on all of InstaFake: accuracy on all 696 Kaggle accounts. */
  account_classifier_kaggle_cross_accuracy: number;
  /** Account classifier: share of the reporting half of InstaFake's real (non-automated) accounts it flags. */
  account_classifier_flag_rate_real_reporting?: number;
  /** Creator audience score: share of the reporting half's real accounts (with realistic noise) scored suspicious. */
  creator_score_suspicious_rate_real_reporting?: number;
  /** Creator audience score: share of the reporting half left without a score (insufficient data). */
  creator_score_insufficient_rate_real_reporting?: number;
  /** Creator audience score: share scored suspicious after followers × 5 overnight (reporting half). */
  creator_score_recall_bought_overnight_reporting?: number;
  /** The same after followers × 3 dripped over 14 days. */
  creator_score_recall_bought_dripped_reporting?: number;
  /** The same after an engagement pod's comments and likes. */
  creator_score_recall_engagement_pod_reporting?: number;
}

const ORDER: readonly (keyof AuthenticityMetrics)[] = [
  'account_classifier_instafake_grouped_cv_accuracy',
  'account_classifier_kaggle_cross_accuracy',
  'account_classifier_flag_rate_real_reporting',
  'creator_score_suspicious_rate_real_reporting',
  'creator_score_insufficient_rate_real_reporting',
  'creator_score_recall_bought_overnight_reporting',
  'creator_score_recall_bought_dripped_reporting',
  'creator_score_recall_engagement_pod_reporting',
];

/** One JSON line, keys in a fixed order, values to 4 decimals, absent metrics left out. */
export function metricsLine(metrics: AuthenticityMetrics): string {
  const entries = ORDER.flatMap((key) => {
    const value = metrics[key];
    return value === undefined ? [] : [[key, Math.round(value * 10_000) / 10_000] as const];
  });
  return JSON.stringify(Object.fromEntries(entries));
}
