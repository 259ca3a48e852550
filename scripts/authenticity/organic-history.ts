// A realistic follower history for a real account that has none (InstaFake gives one count): the
// same walk for the clean and the injected runs, with what real accounts do and a flat line never
// shows, so the spike signal can fire on clean accounts too (its false alarms are then measured):
// - steady organic growth (−1 … +4 % a month) and day-to-day noise (0.2–0.6 % a day);
// - a viral post for one account in four: its likes × 3–10, followers +5–30 % over the next 1–2 days;
// - an organic burst (a shout-out, press) for one in five: +8–20 % over 1–3 days without a viral post.
// After either event the new followers engage too: later posts' likes rise by 50–100 % of the jump.
// These ranges were fixed before the first run from how accounts are described to grow, and were
// not changed after seeing any result.
import type { FollowerPoint, PostFacts } from '../../src/core/vetting/account-facts.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

const DAY = 86_400_000;
export const HISTORY_DAYS = 180;

export interface OrganicEvent {
  kind: 'viral_post' | 'organic_burst';
  daysAgo: number;
  size: number;
}

export interface OrganicHistory {
  history: FollowerPoint[];
  /** Posts with the likes the events imply (a copy; the input is not changed). */
  posts: PostFacts[];
  events: OrganicEvent[];
}

/** `seed` makes each account's draw reproducible; `followersNow` is the latest count. */
export function organicHistory(
  seed: number,
  followersNow: number,
  posts: readonly PostFacts[],
  now: Date,
): OrganicHistory {
  const random = seededRandom(seed);
  const range = (lo: number, hi: number) => lo + (hi - lo) * random();
  const out = posts.map((p) => ({ ...p }));
  const daysAgoOf = (p: PostFacts) => (now.getTime() - Date.parse(p.postedAt)) / DAY;
  const events: OrganicEvent[] = [];
  if (random() < 0.25) {
    const candidates = out.filter((p) => p.likes !== null && daysAgoOf(p) > 5 && daysAgoOf(p) < HISTORY_DAYS - 10);
    if (candidates.length > 0) {
      const post = candidates[Math.floor(random() * candidates.length)]!;
      post.likes = Math.round(post.likes! * range(3, 10));
      events.push({ kind: 'viral_post', daysAgo: Math.floor(daysAgoOf(post)) - 1, size: range(0.05, 0.3) });
    }
  }
  if (random() < 0.2)
    events.push({ kind: 'organic_burst', daysAgo: Math.floor(range(10, HISTORY_DAYS - 10)), size: range(0.08, 0.2) });
  const spread = events.map(() => (random() < 0.5 ? 1 : Math.ceil(range(1, 3))));
  // Later posts gain engagement from the new followers.
  for (const event of events) {
    const follow = range(0.5, 1);
    for (const p of out)
      if (p.likes !== null && daysAgoOf(p) < event.daysAgo) p.likes = Math.round(p.likes * (1 + event.size * follow));
  }
  const drift = Math.log(1 + range(-0.01, 0.04)) / 30;
  const step = range(0.002, 0.006);
  const total = events.reduce((f, e) => f * (1 + e.size), 1);
  const history: FollowerPoint[] = [];
  let x = Math.log(Math.max(1, followersNow));
  for (let d = 0; d < HISTORY_DAYS; d++) {
    if (d > 0) x -= drift + (random() - 0.5) * 2 * step;
    // Share of each event's growth already there d days ago (it took 1–3 days).
    let factor = 1;
    events.forEach((e, i) => {
      const days = spread[i]!;
      const done = Math.min(1, Math.max(0, (e.daysAgo + days - d) / days));
      factor *= (1 + e.size) ** done;
    });
    const followers = d === 0 ? followersNow : Math.max(1, Math.round((Math.exp(x) * factor) / total));
    history.push({ observedAt: new Date(now.getTime() - d * DAY).toISOString(), followers });
  }
  return { history: history.reverse(), posts: out, events };
}
