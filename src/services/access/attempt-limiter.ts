// Per-address attempt counters of one process (sign-in, bearer authentication). Bounded: when full,
// windows that have ended are dropped, then the oldest.
import { countAttempt, type RateWindow } from '../../core/access/rate-limit.ts';

export interface LimitRule {
  limit: number;
  windowMs: number;
}

export const SIGN_IN_RULE: LimitRule = { limit: 10, windowMs: 60_000 };
export const BEARER_FAILURE_RULE: LimitRule = { limit: 20, windowMs: 60_000 };
const MAX_KEYS = 10_000;

export class AttemptLimiter {
  private readonly windows = new Map<string, RateWindow>();

  constructor(
    private readonly rule: LimitRule,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt; retryAfterSeconds > 0 means refuse. */
  hit(key: string): number {
    const decision = countAttempt(this.windows.get(key), this.now(), this.rule.limit, this.rule.windowMs);
    this.windows.delete(key);
    this.windows.set(key, decision.window);
    this.prune();
    return decision.retryAfterSeconds;
  }

  /** Refuses without counting (a bearer request from an address already over its failure budget). */
  blockedFor(key: string): number {
    const w = this.windows.get(key);
    if (!w || w.count <= this.rule.limit) return 0;
    const left = w.start + this.rule.windowMs - this.now();
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }

  private prune() {
    if (this.windows.size <= MAX_KEYS) return;
    const t = this.now();
    for (const [key, w] of this.windows) if (t - w.start >= this.rule.windowMs) this.windows.delete(key);
    for (const key of this.windows.keys()) {
      if (this.windows.size <= MAX_KEYS) break;
      this.windows.delete(key);
    }
  }
}

export interface Limiters {
  signIn: AttemptLimiter;
  bearerFailures: AttemptLimiter;
}

export const createLimiters = (): Limiters => ({
  signIn: new AttemptLimiter(SIGN_IN_RULE),
  bearerFailures: new AttemptLimiter(BEARER_FAILURE_RULE),
});
