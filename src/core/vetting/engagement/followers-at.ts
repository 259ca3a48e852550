import { isoMillis } from '../../time/iso-millis.ts';
import type { FollowerPoint } from '../account-facts.ts';

// A history is sorted once (times parsed once) and then searched; reports look it up for every post.
const sortedCache = new WeakMap<readonly FollowerPoint[], { times: Float64Array; followers: Float64Array }>();

function sorted(history: readonly FollowerPoint[]) {
  let s = sortedCache.get(history);
  if (!s) {
    const points = history.map((p) => ({ t: isoMillis(p.observedAt), f: p.followers })).sort((a, b) => a.t - b.t);
    s = { times: Float64Array.from(points, (p) => p.t), followers: Float64Array.from(points, (p) => p.f) };
    sortedCache.set(history, s);
  }
  return s;
}

/**
 * Followers at a moment: the last observation at or before it, else the first one after it (the
 * closest we know); `fallback` (the latest count) when there is no history at all.
 */
export function followersAt(history: readonly FollowerPoint[], at: string, fallback: number | null): number | null {
  if (history.length === 0) return fallback;
  const { times, followers } = sorted(history);
  const t = isoMillis(at);
  // Binary search for the last index with time <= t.
  let lo = 0;
  let hi = times.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return followers[found >= 0 ? found : 0]!;
}
