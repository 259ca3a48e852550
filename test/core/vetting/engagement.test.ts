import { describe, expect, it } from 'vitest';
import { erFollowers } from '../../../src/core/vetting/engagement/er-followers.ts';
import { erMedianLikes } from '../../../src/core/vetting/engagement/er-median-likes.ts';
import { erViews } from '../../../src/core/vetting/engagement/er-views.ts';
import { account, daysAgo, NOW, post } from './facts.ts';

describe('er_followers = mean over the last 12 posts of (likes + comments) / followers at post time', () => {
  it.each([
    ['no posts → unavailable', account(), null, 0, null],
    ['one post: (300 + 20) / 10,000 = 0.032, low confidence', account({ posts: [post(5, 300, 20)] }), 0.032, 1, 'low'],
    ['posts younger than 48 h are left out', account({ posts: [post(1, 9_000, 0), post(3, 100, 0)] }), 0.01, 1, 'low'],
    ['only posts younger than 48 h → unavailable', account({ posts: [post(1, 500, 5)] }), null, 0, null],
    ['hidden likes are skipped, not zero', account({ posts: [post(3, null, 5), post(4, 200, 0)] }), 0.02, 1, 'low'],
    ['all likes hidden → unavailable', account({ posts: [post(3, null, 5), post(4, null, 1)] }), null, 0, null],
    ['zero followers → unavailable', account({ followers: 0, posts: [post(3, 10, 0)] }), null, 0, null],
    ['unknown comments count as 0', account({ posts: [post(3, 100, null)] }), 0.01, 1, 'low'],
    [
      'only the last 12 posts count (13th ignored), high confidence',
      account({ posts: [...Array.from({ length: 12 }, (_, i) => post(3 + i, 100, 0)), post(40, 10_000, 0)] }),
      0.01,
      12,
      'high',
    ],
  ])('%s', (_label, facts, value, used, confidence) => {
    const m = erFollowers(facts, NOW);
    expect(m.formula).toBe('er_followers');
    if (value === null) expect(m.value).toBeNull();
    else expect(m.value).toBeCloseTo(value, 10);
    expect(m.posts_used).toBe(used);
    expect(m.confidence).toBe(confidence);
    if (value === null) expect(m.reason).toBeTruthy();
  });

  it('divides by the followers at post time from the history', () => {
    const facts = account({
      followers: 20_000,
      history: [
        { observedAt: daysAgo(30), followers: 10_000 },
        { observedAt: daysAgo(10), followers: 20_000 },
      ],
      posts: [post(20, 100, 0), post(5, 400, 0)],
    });
    // (100/10,000 + 400/20,000) / 2 = (0.01 + 0.02) / 2
    expect(erFollowers(facts, NOW).value).toBeCloseTo(0.015, 10);
    expect(erFollowers(facts, NOW).window_days).toBe(15);
  });
});

describe('er_median_likes = median likes / followers over 60 days (≤ 50 posts)', () => {
  it.each([
    ['three posts: median 200 / 10,000', [post(3, 100), post(4, 200), post(5, 5_000)], 0.02, 3],
    ['even count: (100 + 200) / 2 / 10,000', [post(3, 100), post(4, 200)], 0.015, 2],
    ['posts older than 60 days left out', [post(3, 100), post(61, 10_000)], 0.01, 1],
    ['hidden likes skipped', [post(3, null), post(4, 300)], 0.03, 1],
  ])('%s', (_label, posts, value, used) => {
    const m = erMedianLikes(account({ posts }), NOW);
    expect(m.value).toBeCloseTo(value, 10);
    expect(m.posts_used).toBe(used);
    expect(m.window_days).toBe(60);
  });

  it('caps at 50 posts', () => {
    const posts = Array.from({ length: 55 }, (_, i) => post(3 + i * 0.5, 100 + i));
    expect(erMedianLikes(account({ posts }), NOW).posts_used).toBe(50);
  });

  it.each([
    ['no posts', account()],
    ['zero followers', account({ followers: 0, posts: [post(3, 10)] })],
    ['only young posts', account({ posts: [post(1, 10)] })],
  ])('unavailable with %s', (_label, facts) => {
    expect(erMedianLikes(facts, NOW).value).toBeNull();
  });
});

describe('er_views = mean (likes + comments) / views, for video', () => {
  it('uses only videos with known views', () => {
    const facts = account({
      posts: [
        post(3, 100, 10, { type: 'reel', views: 1_000 }),
        post(4, 50, 0, { type: 'video', views: 1_000 }),
        post(5, 999, 0, { type: 'image' }),
        post(6, 50, 0, { type: 'short', views: null }),
      ],
    });
    const m = erViews(facts, NOW);
    expect(m.value).toBeCloseTo((0.11 + 0.05) / 2, 10);
    expect(m.posts_used).toBe(2);
  });

  it('is unavailable without videos', () => {
    expect(erViews(account({ posts: [post(3, 10)] }), NOW)).toMatchObject({
      value: null,
      reason: 'no videos older than 48 hours',
    });
  });
});
