// The engagement model of the demo world: smaller accounts engage more. Rates are ER by followers,
// (likes + comments) / followers per post, the product's `er_followers`.
import type { Tier } from './tiers.ts';

/** The band a clean creator's ER falls in, per tier (roughly nano 4–8 %, micro 2–5 %, mid 1.5–3 %, macro/mega ~1 %). */
export const ER_BANDS: Record<Tier, { lo: number; hi: number }> = {
  nano: { lo: 0.04, hi: 0.08 },
  micro: { lo: 0.02, hi: 0.05 },
  mid: { lo: 0.015, hi: 0.03 },
  macro: { lo: 0.007, hi: 0.015 },
  mega: { lo: 0.005, hi: 0.015 },
};

// ER at the bottom and the top of each tier; in between it falls log-linearly with followers, so
// that a 12k account engages a little less than a 9k one but stays inside its own tier's band.
const CENTRE: Record<Tier, { at: [number, number]; er: [number, number] }> = {
  nano: { at: [1e3, 1e4], er: [0.062, 0.048] },
  micro: { at: [1e4, 1e5], er: [0.04, 0.025] },
  mid: { at: [1e5, 5e5], er: [0.026, 0.018] },
  macro: { at: [5e5, 1e6], er: [0.012, 0.01] },
  mega: { at: [1e6, 1e7], er: [0.01, 0.008] },
};

/** The typical ER by followers of an account of this size in this tier. */
export function centralEngagementRate(tier: Tier, followers: number): number {
  const { at, er } = CENTRE[tier];
  const t = Math.min(1, Math.max(0, Math.log(followers / at[0]) / Math.log(at[1] / at[0])));
  return er[0] + t * (er[1] - er[0]);
}

/** Relative engagement of a post type (reels travel further than single images). */
export const TYPE_LIFT = { image: 0.9, carousel: 1.05, reel: 1.15, video: 1, short: 1, story: 1 } as const;

/** Share of a post's final counts reached `hours` after posting (counts still grow in the first two days). */
export const maturity = (hours: number): number => (hours <= 0 ? 0 : 1 - Math.exp(-hours / 14));
