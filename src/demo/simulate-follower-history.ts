// Follower counts of an account on chosen days of the last 180, walked backwards from today's
// count: a creator-specific drift with small day-to-day noise. Like real accounts, one in five also
// grows in a burst (+8–25 % in a day): half of them after a viral post (generate-posts.ts gives the
// post before the burst 3–10× its likes), half after a shout-out or press. Those followers are real,
// so the organic series (what engagement follows) has the burst too, and spike detection must tell
// it from a purchase. Bought followers add one or two sudden jumps that the organic series does not have.
import type { AccountPlan, CreatorPlan } from './plan-creator.ts';
import type { Random } from './random.ts';

export interface FollowerHistory {
  /** Days before asOf, ascending from 0: the points below are taken on these days. */
  days: number[];
  followers: number[];
  /** The real audience on the same days: the base that likes follow. */
  organic: number[];
  following: (number | null)[];
  /** An organic burst, when the account had one: its day (days before asOf), size, and whether a viral post caused it. */
  burst: OrganicBurst | null;
}

export interface OrganicBurst {
  daysAgo: number;
  size: number;
  viralPost: boolean;
}

const MONTHLY_GROWTH = {
  nano: [0.005, 0.06],
  micro: [0.003, 0.04],
  mid: [-0.005, 0.03],
  macro: [-0.01, 0.02],
  mega: [-0.01, 0.02],
} as const;

export function simulateFollowerHistory(
  rng: Random,
  plan: CreatorPlan,
  account: AccountPlan,
  days: readonly number[],
): FollowerHistory {
  const [lo, hi] = plan.quietDays > 0 ? [-0.02, 0.0] : MONTHLY_GROWTH[account.tier];
  const drift = Math.log(1 + rng.range(lo, hi)) / 30;
  // Daily steps are uniform in ±step (±0.3–0.7 %); over a gap of g days their sum is drawn as a
  // normal with the same variance, so sparse histories cost one draw per point.
  const step = rng.range(0.003, 0.007);
  const jumps = account.slot === 0 && plan.bought ? plan.bought.jumps : [];
  const inflation = jumps.reduce((f, j) => f * (1 + j.size), 1);
  const followingCap = plan.bought ? Number.POSITIVE_INFINITY : 1_400;

  const burst: OrganicBurst | null =
    plan.quietDays === 0 && rng.chance(0.2)
      ? { daysAgo: rng.int(10, 170), size: rng.range(0.08, 0.25), viralPost: rng.chance(0.5) }
      : null;
  const n = days.length;
  const out: FollowerHistory = {
    days: [...days],
    followers: new Array(n),
    organic: new Array(n),
    following: new Array(n),
    burst,
  };
  let x = Math.log(account.followers / inflation);
  let f = account.following;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const d = days[i]!;
    const gap = d - previous;
    if (gap === 1) x -= drift + (rng.next() - 0.5) * 2 * step;
    else if (gap > 1) x -= drift * gap + rng.normal(0, step * Math.sqrt(gap / 3));
    if (f !== null && gap > 0 && rng.chance(1 - 0.92 ** gap))
      f = Math.min(followingCap, Math.max(0, f + rng.int(-3, 3)));
    previous = d;
    let bought = 1;
    for (const j of jumps) if (d <= j.daysAgo) bought *= 1 + j.size;
    // Walking back past the burst, the account had not yet gained its burst followers.
    const real = Math.exp(x) / (burst && d > burst.daysAgo ? 1 + burst.size : 1);
    out.organic[i] = Math.max(1, Math.round(real));
    out.followers[i] = d === 0 ? account.followers : Math.max(1, Math.round(real * bought));
    out.following[i] = f;
  }
  return out;
}

/** Value of a history series `daysAgo` days before asOf, interpolated between its points. */
export function historyAt(history: FollowerHistory, series: 'followers' | 'organic', daysAgo: number): number {
  const { days } = history;
  const values = history[series];
  let i = 0;
  while (i < days.length - 1 && days[i + 1]! <= daysAgo) i++;
  if (i >= days.length - 1 || days[i] === daysAgo) return values[i]!;
  const t = (daysAgo - days[i]!) / (days[i + 1]! - days[i]!);
  return Math.round(values[i]! + t * (values[i + 1]! - values[i]!));
}
