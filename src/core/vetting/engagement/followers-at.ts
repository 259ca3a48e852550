import type { FollowerPoint } from '../account-facts.ts';

/**
 * Followers at a moment: the last observation at or before it, else the first one after it (the
 * closest we know); `fallback` (the latest count) when there is no history at all.
 */
export function followersAt(history: readonly FollowerPoint[], at: string, fallback: number | null): number | null {
  if (history.length === 0) return fallback;
  const t = Date.parse(at);
  let before: FollowerPoint | undefined;
  let after: FollowerPoint | undefined;
  for (const point of history) {
    const pt = Date.parse(point.observedAt);
    if (pt <= t && (!before || pt > Date.parse(before.observedAt))) before = point;
    if (pt > t && (!after || pt < Date.parse(after.observedAt))) after = point;
  }
  return (before ?? after)?.followers ?? fallback;
}
