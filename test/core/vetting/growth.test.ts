import { describe, expect, it } from 'vitest';
import { detectSpikes } from '../../../src/core/vetting/growth/detect-spikes.ts';
import { followerGrowth } from '../../../src/core/vetting/growth/follower-growth.ts';
import { postingCadence } from '../../../src/core/vetting/growth/posting-cadence.ts';
import { daysAgo, NOW, post } from './facts.ts';

const daily = (days: number, start: number, rate: number, jumps: Record<number, number> = {}) => {
  let followers = start;
  return Array.from({ length: days }, (_, i) => {
    followers = Math.round(followers * (1 + rate) * (1 + (jumps[i] ?? 0)));
    return { observedAt: daysAgo(days - 1 - i), followers };
  });
};

describe('followerGrowth', () => {
  it.each([
    [
      '30 days of +1,000 on 10,000',
      [
        { observedAt: daysAgo(30), followers: 10_000 },
        { observedAt: daysAgo(0), followers: 11_000 },
      ],
      30,
      0.1,
    ],
    [
      'a loss',
      [
        { observedAt: daysAgo(90), followers: 20_000 },
        { observedAt: daysAgo(0), followers: 15_000 },
      ],
      90,
      -0.25,
    ],
    [
      'nearest point within 7 days',
      [
        { observedAt: daysAgo(35), followers: 10_000 },
        { observedAt: daysAgo(0), followers: 12_000 },
      ],
      30,
      0.2,
    ],
    [
      'history too short → n/a',
      [
        { observedAt: daysAgo(10), followers: 10_000 },
        { observedAt: daysAgo(0), followers: 12_000 },
      ],
      30,
      null,
    ],
    ['one point → n/a', [{ observedAt: daysAgo(0), followers: 12_000 }], 30, null],
    [
      'zero followers before → n/a',
      [
        { observedAt: daysAgo(30), followers: 0 },
        { observedAt: daysAgo(0), followers: 100 },
      ],
      30,
      null,
    ],
  ])('%s', (_label, history, days, expected) => {
    const g = followerGrowth(history, NOW, days);
    if (expected === null) expect(g).toBeNull();
    else expect(g).toBeCloseTo(expected, 10);
  });
});

describe('detectSpikes', () => {
  const steadyPosts = Array.from({ length: 40 }, (_, i) => post(2 + i * 3, 500 + (i % 3) * 10));

  it('finds nothing in steady growth with ordinary noise', () => {
    expect(detectSpikes(daily(180, 20_000, 0.002, { 50: 0.01, 90: -0.004 }), steadyPosts)).toEqual([]);
  });

  it('flags a +30 % overnight jump that likes do not follow', () => {
    const spikes = detectSpikes(daily(180, 20_000, 0.002, { 120: 0.3 }), steadyPosts);
    expect(spikes).toHaveLength(1);
    expect(spikes[0]!.change).toBeCloseTo(0.3, 2);
    expect(spikes[0]!.explained).toBe(false);
    expect(spikes[0]!.explanation).toMatch(/likes changed/);
  });

  it('explains a jump when likes follow it', () => {
    const jumpDay = 120; // index in the series: daysAgo(59)
    const posts = Array.from({ length: 40 }, (_, i) => {
      const age = 2 + i * 3;
      return post(age, age < 180 - 1 - jumpDay ? 1_000 : 500);
    });
    const spikes = detectSpikes(daily(180, 20_000, 0.002, { [jumpDay]: 0.3 }), posts);
    expect(spikes).toHaveLength(1);
    expect(spikes[0]!.explained).toBe(true);
  });

  it('explains a jump right after a viral post', () => {
    const posts = [...steadyPosts, post(180 - 1 - 120 + 1, 5_000)];
    const spikes = detectSpikes(daily(180, 20_000, 0.002, { 120: 0.3 }), posts);
    expect(spikes[0]!.explained).toBe(true);
    expect(spikes[0]!.explanation).toMatch(/3× the usual likes/);
  });

  it('needs a few points of history', () => {
    expect(detectSpikes(daily(3, 1_000, 0, { 1: 1 }), [])).toEqual([]);
  });
});

describe('postingCadence', () => {
  it('counts posts per week over 90 days and the last post', () => {
    const c = postingCadence([post(1, 1), post(4, 1), post(10, 1), post(100, 1)], NOW);
    expect(c.posts_90d).toBe(3);
    expect(c.posts_per_week).toBeCloseTo(3 / (90 / 7), 10);
    expect(c.median_days_between_posts).toBeCloseTo(4.5, 10);
    expect(c.days_since_last_post).toBeCloseTo(1, 10);
  });

  it('has no last post without posts', () => {
    expect(postingCadence([], NOW)).toMatchObject({ posts_90d: 0, last_posted_at: null, days_since_last_post: null });
  });
});
