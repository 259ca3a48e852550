import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../../src/core/jobs/retry-delay.ts';

describe('retryDelayMs', () => {
  const policy = { baseMs: 1_000, maxMs: 60_000 };
  it.each([
    // attempt, jitter, expected
    [1, 0.5, 1_000],
    [2, 0.5, 2_000],
    [3, 0.5, 4_000],
    [6, 0.5, 32_000],
    [7, 0.5, 60_000],
    [40, 0.5, 60_000],
    [3, 0, 3_200],
    [3, 1, 4_800],
    [1, 0, 1_000],
  ])('attempt %i with jitter %d waits %i ms', (attempt, jitter, expected) => {
    expect(retryDelayMs(attempt, policy, jitter)).toBe(expected);
  });

  it('covers three days of retries within the default attempts of an outgoing webhook', () => {
    const day = 86_400_000;
    const total = Array.from({ length: 20 }, (_, i) => retryDelayMs(i + 1, { baseMs: 60_000, maxMs: 6 * 3_600_000 }));
    expect(total.reduce((a, b) => a + b, 0)).toBeGreaterThan(3 * day);
  });
});
