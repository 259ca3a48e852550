import { isoMillis } from '../../time/iso-millis.ts';
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
  /** Median likes of the posts in the 30 days before and after the jump (null when none). */
  likes_before: number | null;
  likes_after: number | null;
  /** Relative change of typical (geometric mean) likes after vs before; null when posts are missing on a side. */
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
/** Fewer observations than this leave too few steps to know the account's own variation. */
export const MIN_HISTORY_POINTS = 4;
/** Posts compared on each side of a jump. */
export const LIKES_WINDOW_DAYS = 30;

/**
 * Follower spikes (PRODUCT.md "Growth"): steps of the follower series far outside the account's own
 * variation. A spike is explained when a post in the 3 days before got ≥ 3× the median likes (it
 * went viral), or when likes after the jump rose by at least half the jump beyond doubt: the lower
 * end of an approximate 95 % interval of the log-likes shift must reach half the log-followers shift
 * (per-post likes are noisy; a few lucky posts must not explain away bought followers).
 */
export function detectSpikes(history: readonly FollowerPoint[], posts: readonly PostFacts[]): FollowerSpike[] {
  const series = [...history].sort((a, b) => isoMillis(a.observedAt) - isoMillis(b.observedAt));
  const steps = series.slice(1).map((p, i) => {
    const prev = series[i]!;
    return { prev, point: p, change: prev.followers > 0 ? (p.followers - prev.followers) / prev.followers : 0 };
  });
  if (series.length < MIN_HISTORY_POINTS) return [];
  const center = median(steps.map((s) => s.change))!;
  const mad = median(steps.map((s) => Math.abs(s.change - center)))!;
  const sd = Math.max(1.4826 * mad, MIN_SD);
  const visible = posts.filter((p) => p.likes !== null).map((p) => ({ t: isoMillis(p.postedAt), likes: p.likes! }));
  const allLikes = median(visible.map((p) => p.likes));
  return steps
    .filter((s) => s.change >= SPIKE_MIN_CHANGE && (s.change - center) / sd >= SPIKE_MIN_DEVIATIONS)
    .map((s) => {
      const t = isoMillis(s.point.observedAt);
      const tPrev = isoMillis(s.prev.observedAt);
      const before = visible
        .filter((p) => p.t >= tPrev - LIKES_WINDOW_DAYS * DAY_MS && p.t < tPrev)
        .map((p) => p.likes);
      const after = visible.filter((p) => p.t >= t && p.t < t + LIKES_WINDOW_DAYS * DAY_MS).map((p) => p.likes);
      const shift = logShift(before, after);
      const viral =
        allLikes !== null &&
        allLikes > 0 &&
        visible.some((p) => p.t >= tPrev - 3 * DAY_MS && p.t <= t && p.likes >= 3 * allLikes);
      const needed = 0.5 * Math.log1p(s.change);
      const followed = shift !== null && shift.low >= needed;
      const likesChange = shift === null ? null : Math.expm1(shift.mean);
      const explanation = viral
        ? 'a post just before the jump got at least 3× the usual likes'
        : followed
          ? `likes rose ${(likesChange! * 100).toFixed(0)} % after the jump`
          : likesChange === null
            ? 'there are not enough posts on both sides of the jump to show engagement following it'
            : `likes changed ${(likesChange * 100).toFixed(0)} % while followers jumped ${(s.change * 100).toFixed(0)} %`;
      return {
        at: s.point.observedAt,
        from: s.prev.followers,
        to: s.point.followers,
        change: s.change,
        deviations: (s.change - center) / sd,
        usual_max: Math.max(SPIKE_MIN_CHANGE, center + SPIKE_MIN_DEVIATIONS * sd),
        likes_before: median(before),
        likes_after: median(after),
        likes_change: likesChange,
        explained: viral || followed,
        explanation,
      };
    });
}

/** Mean shift of log(1 + likes) after vs before, with the lower end of a ±2 standard-error interval; null with fewer than 2 posts a side. */
function logShift(before: number[], after: number[]): { mean: number; low: number } | null {
  if (before.length < 2 || after.length < 2) return null;
  const logs = (xs: number[]) => xs.map((x) => Math.log1p(x));
  const a = logs(before);
  const b = logs(after);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = (xs: number[], m: number) => xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
  const ma = mean(a);
  const mb = mean(b);
  const pooled = ((a.length - 1) * variance(a, ma) + (b.length - 1) * variance(b, mb)) / (a.length + b.length - 2);
  const se = Math.sqrt(pooled * (1 / a.length + 1 / b.length));
  return { mean: mb - ma, low: mb - ma - 2 * se };
}
