// A fixed-window counter per key (an address): pure, the caller keeps the state and the clock.
export interface RateWindow {
  start: number;
  count: number;
}

export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
  window: RateWindow;
}

export function countAttempt(
  previous: RateWindow | undefined,
  nowMs: number,
  limit: number,
  windowMs: number,
): RateDecision {
  const window =
    !previous || nowMs - previous.start >= windowMs
      ? { start: nowMs, count: 1 }
      : { start: previous.start, count: previous.count + 1 };
  const allowed = window.count <= limit;
  const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((window.start + windowMs - nowMs) / 1000));
  return { allowed, retryAfterSeconds, window };
}
