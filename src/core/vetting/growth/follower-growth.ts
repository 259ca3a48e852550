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
  const points = history.filter((p) => isoMillis(p.observedAt) <= now.getTime());
  if (points.length < 2) return null;
  const latest = points.reduce((a, b) => (isoMillis(b.observedAt) > isoMillis(a.observedAt) ? b : a));
  const target = isoMillis(latest.observedAt) - days * DAY_MS;
  let best: FollowerPoint | undefined;
  for (const p of points) {
    const distance = Math.abs(isoMillis(p.observedAt) - target);
    if (
      distance <= GROWTH_TOLERANCE_DAYS * DAY_MS &&
      (!best || distance < Math.abs(isoMillis(best.observedAt) - target))
    )
      best = p;
  }
  if (!best || best === latest || best.followers <= 0) return null;
  return (latest.followers - best.followers) / best.followers;
}
