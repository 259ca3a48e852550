import type { Band } from '../benchmarks.ts';

export type ReasonCode =
  | 'er_far_below_band'
  | 'er_below_band'
  | 'follower_spike'
  | 'mass_following'
  | 'likes_per_comment_outside_band'
  | 'generic_comments'
  | 'comment_ring'
  | 'suspicious_profiles';

/** One reason that lowered the audience score: what was measured, against what, and what it means. */
export interface AuthenticityReason {
  code: ReasonCode;
  value: number;
  band: Band & { label: string };
  message: string;
  /** Points taken off the 100 start. */
  penalty: number;
}

/** A signal that was looked at, whether or not it lowered the score (so a clean result is explained too). */
export interface AuthenticityCheck {
  signal: string;
  status: 'pass' | 'fail' | 'unavailable';
  detail: string;
}

export const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)} %`;
export const num = (x: number) => Math.round(x).toLocaleString('en-GB');
