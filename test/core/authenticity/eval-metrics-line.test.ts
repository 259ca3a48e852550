import { describe, expect, it } from 'vitest';
import { metricsLine } from '../../../scripts/authenticity/metrics-line.ts';

describe('metricsLine (the last line of npm run eval:authenticity)', () => {
  it('is one JSON line with the required keys first, rounded to 4 decimals', () => {
    const line = metricsLine({ kaggle_cross_accuracy: 0.887931, instafake_cv_accuracy: 0.958124 });
    expect(line).toBe('{"instafake_cv_accuracy":0.9581,"kaggle_cross_accuracy":0.8879}');
    expect(line).not.toContain('\n');
  });

  it('adds the creator-level metrics in a fixed place once they are computed', () => {
    const line = metricsLine({ instafake_cv_accuracy: 0.96, kaggle_cross_accuracy: 0.9, injected_fraud_recall: 0.8, real_account_flag_rate: 0.05 });
    expect(Object.keys(JSON.parse(line))).toEqual(['instafake_cv_accuracy', 'kaggle_cross_accuracy', 'real_account_flag_rate', 'injected_fraud_recall']);
  });
});
