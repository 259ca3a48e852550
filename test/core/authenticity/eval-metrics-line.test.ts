import { describe, expect, it } from 'vitest';
import { metricsLine } from '../../../scripts/authenticity/metrics-line.ts';

describe('metricsLine (the last line of npm run eval:authenticity)', () => {
  it('is one JSON line with the required keys first, rounded to 4 decimals', () => {
    const line = metricsLine({
      account_classifier_kaggle_cross_accuracy: 0.887931,
      account_classifier_instafake_grouped_cv_accuracy: 0.958124,
    });
    expect(line).toBe(
      '{"account_classifier_instafake_grouped_cv_accuracy":0.9581,"account_classifier_kaggle_cross_accuracy":0.8879}',
    );
    expect(line).not.toContain('\n');
  });

  it('names both layers and puts each metric in a fixed place', () => {
    const line = metricsLine({
      creator_score_recall_engagement_pod_reporting: 0.5,
      account_classifier_flag_rate_real_reporting: 0.01,
      account_classifier_instafake_grouped_cv_accuracy: 0.96,
      account_classifier_kaggle_cross_accuracy: 0.9,
      creator_score_suspicious_rate_real_reporting: 0.05,
    });
    expect(Object.keys(JSON.parse(line))).toEqual([
      'account_classifier_instafake_grouped_cv_accuracy',
      'account_classifier_kaggle_cross_accuracy',
      'account_classifier_flag_rate_real_reporting',
      'creator_score_suspicious_rate_real_reporting',
      'creator_score_recall_engagement_pod_reporting',
    ]);
  });
});
