// How much detail each creator gets. Full mode is what a demo of a few thousand creators shows;
// light mode (above `lightAbove` creators, 20,000 by default) keeps a million-creator world to a
// few minutes on a small machine while every planted problem stays detectable.
//
//                        full                                 light
// posts per account      every post of the last 180 days      the 12 newest (plus pinned ones)
// follower history       daily for 90 days, weekly before     days 0, 7, 30, 90, 180
// comment threads        newest 8 posts, 4–14 threads each    1 creator in 100 and every pod: newest 4 posts, 6–10 threads
// post metric snapshots  posts of the last 30 days            the same creators as comments
// audiences              every account, with cities           main account; cities if verified; buckets ≥ 3 %
//
// Both modes add the two days either side of every bought-follower jump to the history, so the
// spike stays a day-over-day jump; 12 posts are what er_followers needs; heavy advertisers post
// often enough that their 12 newest posts fall inside the 90-day sponsored-share window.
export interface ModeRules {
  name: 'full' | 'light';
  /** Newest posts kept per account; null keeps the whole 180 days. */
  postsPerAccount: number | null;
  /** Days before asOf with a follower-history point. */
  historyDays: readonly number[];
  /** Comment threads on the newest N posts of an account. */
  commentPosts: number;
  maxThreads: readonly [number, number];
  /** 1: every creator has comments and post snapshots; n: one creator in n (and every pod). */
  detailEvery: number;
  allAudiences: boolean;
  allCities: boolean;
  /** Audience buckets under this share are left out (and the rest rescaled). */
  minShare: number;
  /**
   * Ids per account reserved in each table. Ids are (base + account number × block + n), so any
   * creator's rows can be made without knowing how many rows the creators before it had: that is
   * what lets two workers generate at once and still write identical rows. Gaps are harmless.
   */
  blocks: { snapshots: number; posts: number; postSnapshots: number; comments: number; audiences: number };
}

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

export const FULL_MODE: ModeRules = {
  name: 'full',
  postsPerAccount: null,
  historyDays: [...range(0, 90, 1), ...range(97, 174, 7), 180],
  commentPosts: 8,
  maxThreads: [4, 14],
  detailEvery: 1,
  allAudiences: true,
  allCities: true,
  minShare: 0,
  // At most ~104 history points (+4 jump days); posts are capped at 600 (the busiest TikToker
  // makes ~400 in 180 days); 8 posts × 14 threads × 2 with replies = 224 comments.
  blocks: { snapshots: 128, posts: 600, postSnapshots: 1200, comments: 256, audiences: 4 },
};

export const LIGHT_MODE: ModeRules = {
  name: 'light',
  postsPerAccount: 12,
  historyDays: [0, 7, 30, 90, 180],
  commentPosts: 4,
  maxThreads: [6, 10],
  detailEvery: 100,
  allAudiences: false,
  allCities: false,
  minShare: 0.03,
  // 5 history points (+4 jump days); 12 posts + up to 3 pinned; 4 posts × 10 threads × 2 = 80 comments.
  blocks: { snapshots: 16, posts: 16, postSnapshots: 32, comments: 80, audiences: 4 },
};

export const DEFAULT_LIGHT_ABOVE = 20_000;
