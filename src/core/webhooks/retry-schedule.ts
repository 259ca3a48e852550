// How long an outgoing webhook keeps being retried: exponential backoff (30 s doubling, at most 12 h
// apart) for 3 days; a delivery still failing after that is given up and its endpoint disabled.
import { type RetryPolicy, retryDelayMs } from '../jobs/retry-delay.ts';

export const WEBHOOK_RETRY_POLICY: RetryPolicy = { baseMs: 30_000, maxMs: 12 * 3_600_000 };
export const WEBHOOK_RETRY_PERIOD_MS = 3 * 24 * 3_600_000;
/** How long a rotated-out secret keeps signing next to the new one. */
export const SECRET_OVERLAP_MS = 24 * 3_600_000;

/** Attempts (the first included) whose backoff, without jitter's shortening, spans the retry period. */
export function webhookMaxAttempts(policy: RetryPolicy = WEBHOOK_RETRY_POLICY, periodMs = WEBHOOK_RETRY_PERIOD_MS) {
  let elapsed = 0;
  let attempts = 1;
  // jitter 0 = the shortest delay (−20 %): the period is covered even when every retry comes early.
  while (elapsed < periodMs) {
    elapsed += retryDelayMs(attempts, policy, 0);
    attempts += 1;
  }
  return attempts;
}
