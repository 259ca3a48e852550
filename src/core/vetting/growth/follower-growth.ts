import { isoMillis } from '../../time/iso-millis.ts';
import { DAY_MS, type FollowerPoint } from '../account-facts.ts';

/** How far from the target date an observation may be and still stand for it. */
export const GROWTH_TOLERANCE_DAYS = 7;

/**
 * Relative follower growth over the last `days`: (now − then) / then, using the newest observation
 * at or before `now` and the observation closest to now − days (within 7 days). null when the
 * history does not reach that far back or the earlier count is zero.
 */
export function followerGrowth(history: readonly FollowerPoint[], now: Date, days: number): number | null {
  // Each observation's time read once (each report asks for two windows).
  const points = history.map((p) => ({ p, t: isoMillis(p.observedAt) })).filter((x) => x.t <= now.getTime());
  if (points.length < 2) return null;
  const latest = points.reduce((a, b) => (b.t > a.t ? b : a));
  const target = latest.t - days * DAY_MS;
  let best: (typeof points)[number] | undefined;
  for (const x of points) {
    const distance = Math.abs(x.t - target);
    if (distance <= GROWTH_TOLERANCE_DAYS * DAY_MS && (!best || distance < Math.abs(best.t - target))) best = x;
  }
  if (!best || best === latest || best.p.followers <= 0) return null;
  return (latest.p.followers - best.p.followers) / best.p.followers;
}
