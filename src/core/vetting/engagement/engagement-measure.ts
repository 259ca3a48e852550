import { isoMillis } from '../../time/iso-millis.ts';
export type EngagementFormula = 'er_followers' | 'er_median_likes' | 'er_views';
export type Confidence = 'low' | 'medium' | 'high';

/** One engagement rate, always with its formula, window and sample (PRODUCT.md "Engagement rate"). */
export interface EngagementMeasure {
  formula: EngagementFormula;
  /** A fraction (0.034 = 3.4 %), or null when unavailable; `reason` then says why. */
  value: number | null;
  /** Days between the oldest and the newest post used (a fixed window for er_median_likes). */
  window_days: number | null;
  posts_used: number;
  confidence: Confidence | null;
  reason?: string;
}

/** Fewer than 6 posts is low confidence; 6–11 medium; 12 or more high. */
export function confidenceFor(postsUsed: number): Confidence {
  if (postsUsed < 6) return 'low';
  if (postsUsed < 12) return 'medium';
  return 'high';
}

export function unavailable(formula: EngagementFormula, reason: string): EngagementMeasure {
  return { formula, value: null, window_days: null, posts_used: 0, confidence: null, reason };
}

export function spanDays(postedAt: readonly string[]): number {
  if (postedAt.length === 0) return 0;
  const times = postedAt.map(isoMillis);
  return Math.max(1, Math.ceil((Math.max(...times) - Math.min(...times)) / 86_400_000));
}
