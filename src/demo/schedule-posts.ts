// When an account posted over the 180 days before `asOf`: a creator-specific rhythm (posts per
// week, a favourite hour, irregular gaps), a quiet spell at the end for inactive creators.
import type { AccountPlan, CreatorPlan } from './plan-creator.ts';
import type { Random } from './random.ts';

export const HISTORY_DAYS = 180;
const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface Timeline {
  /** Post times in ms, newest first, all in (asOf − 180 days, asOf]. */
  times: number[];
  /** True when `times` stops early (at `limit`) and older posts were not drawn. */
  truncated: boolean;
  /** Average posts per day, to estimate how many posts older than the last drawn one exist. */
  perDay: number;
}

/** Draws post times newest first, at most `limit` of them (null: the whole 180 days). */
export function schedulePosts(
  rng: Random,
  plan: CreatorPlan,
  account: AccountPlan,
  asOf: number,
  limit: number | null,
): Timeline {
  const meanGap = (7 / account.postsPerWeek) * DAY;
  const favouriteHour = rng.int(6, 20);
  const start = asOf - HISTORY_DAYS * DAY;
  const times: number[] = [];
  const max = limit ?? Number.POSITIVE_INFINITY;
  // Active creators posted within one typical gap; inactive ones have been quiet for `quietDays`.
  let t = plan.quietDays > 0 ? asOf - plan.quietDays * DAY - rng.range(0, DAY) : asOf - rng.range(0.02, 1) * meanGap;
  let last = Number.POSITIVE_INFINITY;
  while (t > start && times.length < max) {
    const day = Math.floor(t / DAY) * DAY;
    let at = day + (favouriteHour + (rng.next() + rng.next() + rng.next() - 1.5) * 2) * HOUR;
    if (at > asOf) at = asOf - rng.range(0.2, 3) * HOUR;
    at = Math.round(at / 1000) * 1000;
    // Keep the order strict: a post snapped to its hour never lands before the next older one.
    if (at >= last) at = last - rng.int(5, 90) * 60_000;
    if (at <= start) break;
    times.push(at);
    last = at;
    // Irregular gaps around the mean (log-normal, mean-preserving), never under two hours.
    t = Math.min(t, at) - Math.max(2 * HOUR, meanGap * rng.lognormal(0.84, 0.6));
  }
  return { times, truncated: t > start && times.length >= max, perDay: 1 / (meanGap / DAY) };
}

/** How many posts of the timeline are newer than `daysAgo` days before asOf (estimated past a truncated end). */
export function postsNewerThan(timeline: Timeline, asOf: number, daysAgo: number): number {
  const cutoff = asOf - daysAgo * DAY;
  const { times } = timeline;
  const oldest = times[times.length - 1];
  if (timeline.truncated && oldest !== undefined && cutoff < oldest) {
    return times.length + Math.round(((oldest - cutoff) / DAY) * timeline.perDay);
  }
  let n = 0;
  while (n < times.length && times[n]! > cutoff) n++;
  return n;
}
