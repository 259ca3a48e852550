// When a failed job runs again: exponential backoff from `baseMs`, doubling per attempt, capped at
// `maxMs`. `jitter` (0..1, from the caller's random source) spreads retries of many jobs that failed
// together (a mail server that was down) so they do not all come back in the same second.
export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 30_000, maxMs: 6 * 3_600_000 };

/** Delay before attempt `attempt + 1`, after `attempt` failed attempts (attempt >= 1). */
export function retryDelayMs(attempt: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY, jitter = 0.5): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  const raw = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  // ±20 % around the raw delay; never below the base.
  return Math.max(policy.baseMs, Math.round(raw * (0.8 + 0.4 * jitter)));
}
