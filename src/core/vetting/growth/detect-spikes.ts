import { DAY_MS, type FollowerPoint, type PostFacts } from '../account-facts.ts';
import { median } from '../stats/median.ts';

export interface FollowerSpike {
  at: string;
  from: number;
  to: number;
  /** Relative jump, e.g. 0.25 for +25 %. */
  change: number;
  /** How far outside the account's own variation: (change − median) / robust sd. */
  deviations: number;
  /** The largest step this account's own variation allows before it counts as a spike. */
  usual_max: number;
  likes_before: number | null;
  likes_after: number | null;
  /** Relative change of median likes after vs before; null when posts are missing on a side. */
  likes_change: number | null;
  /** true when engagement followed the jump (or a viral post just before explains it). */
  explained: boolean;
  explanation: string;
}

/** A jump must be at least this big, and this many robust deviations above the usual step. */
export const SPIKE_MIN_CHANGE = 0.08;
export const SPIKE_MIN_DEVIATIONS = 6;
/** Relative floor of the robust sd, so a perfectly smooth series does not flag ordinary steps. */
const MIN_SD = 0.005;

/**
 * Follower spikes (PRODUCT.md "Growth"): steps of the follower series far outside the account's own
 * variation. Each is explained when median likes in the 14 days after rose by at least half the
 * jump, or when a post in the 3 days before got ≥ 3× the median likes (it went viral).
 */
export function detectSpikes(history: readonly FollowerPoint[], posts: readonly PostFacts[]): FollowerSpike[] {
  const series = [...history].sort((a, b) => Date.parse(a.observedAt) - Date.parse(b.observedAt));
  const steps = series.slice(1).map((p, i) => {
    const prev = series[i]!;
    return { prev, point: p, change: prev.followers > 0 ? (p.followers - prev.followers) / prev.followers : 0 };
  });
  if (steps.length < 3) return [];
  const center = median(steps.map((s) => s.change))!;
  const mad = median(steps.map((s) => Math.abs(s.change - center)))!;
  const sd = Math.max(1.4826 * mad, MIN_SD);
  const visible = posts.filter((p) => p.likes !== null);
  const allLikes = median(visible.map((p) => p.likes!));
  return steps.filter((s) => s.change >= SPIKE_MIN_CHANGE && (s.change - center) / sd >= SPIKE_MIN_DEVIATIONS).map((s) => {
    const t = Date.parse(s.point.observedAt);
    const tPrev = Date.parse(s.prev.observedAt);
    const likesIn = (from: number, to: number) => median(visible.filter((p) => {
      const pt = Date.parse(p.postedAt);
      return pt >= from && pt < to;
    }).map((p) => p.likes!));
    const before = likesIn(tPrev - 30 * DAY_MS, tPrev);
    const after = likesIn(t, t + 14 * DAY_MS);
    const likesChange = before !== null && after !== null && before > 0 ? (after - before) / before : null;
    const viral = allLikes !== null && allLikes > 0 && visible.some((p) => {
      const pt = Date.parse(p.postedAt);
      return pt >= tPrev - 3 * DAY_MS && pt <= t && p.likes! >= 3 * allLikes;
    });
    const followed = likesChange !== null && likesChange >= s.change / 2;
    const explanation = viral ? 'a post just before the jump got at least 3× the usual likes'
      : followed ? `likes rose ${(likesChange! * 100).toFixed(0)} % after the jump`
      : likesChange === null ? 'no posts on both sides of the jump to show engagement following it'
      : `likes changed ${(likesChange * 100).toFixed(0)} % while followers jumped ${(s.change * 100).toFixed(0)} %`;
    return {
      at: s.point.observedAt, from: s.prev.followers, to: s.point.followers, change: s.change,
      deviations: (s.change - center) / sd, usual_max: Math.max(SPIKE_MIN_CHANGE, center + SPIKE_MIN_DEVIATIONS * sd), likes_before: before, likes_after: after, likes_change: likesChange,
      explained: viral || followed, explanation,
    };
  });
}
