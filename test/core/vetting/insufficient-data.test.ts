// Issue 10 item 6: unknown is never "genuine". Every score and percentile of the vetting report is
// insufficient data (null, with what is missing) when its sample is too thin, and a number otherwise.
import { describe, expect, it } from 'vitest';
import type { AccountFacts } from '../../../src/core/vetting/account-facts.ts';
import { buildVettingReport } from '../../../src/core/vetting/build-vetting-report.ts';
import { tierPercentile } from '../../../src/core/vetting/stats/tier-percentile.ts';
import { account, comment, daysAgo, NOW, post } from './facts.ts';

/** Daily follower counts over `days` days, flat at 10,000. */
const history = (days: number) =>
  Array.from({ length: days }, (_, i) => ({ observedAt: daysAgo(days - 1 - i), followers: 10_000 }));
const posts = (count: number, extra: Parameters<typeof post>[3] = {}) =>
  Array.from({ length: count }, (_, i) => post(3 + i * 5, 400, 12, extra));
/** `threads` audience comments spread over the given posts, every other one answered by the creator. */
const threads = (on: ReturnType<typeof posts>, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const p = on[i % on.length]!;
    return comment(p.id, `c${i}`, 1, p.postedAt);
  });
const bench = (count: number) => () => ({
  quantiles: Array.from({ length: 101 }, (_, i) => i / 1000),
  median: 0.05,
  count,
});
const report = (facts: AccountFacts, benchCount = 50) =>
  buildVettingReport(facts, { now: NOW, benchmarks: bench(benchCount), audience: { source: null, dimensions: {} } });

describe('audience score: insufficient data instead of a default', () => {
  const twelve = posts(12);
  it.each([
    [
      'no posts and one observation (was "100/100 Looks genuine")',
      account({ history: history(1) }),
      null,
      ['engagement vs tier band', 'follower spikes'],
    ],
    [
      '12 posts but one observation: spikes cannot be looked for',
      account({ posts: twelve, history: history(1) }),
      null,
      ['follower spikes'],
    ],
    [
      '3 observations are too few steps to know the usual variation',
      account({ posts: twelve, history: history(3) }),
      null,
      ['follower spikes'],
    ],
    [
      'a long history but 2 posts',
      account({ posts: posts(2), history: history(90) }),
      null,
      ['engagement vs tier band'],
    ],
    ['12 posts and 4 observations: scored', account({ posts: twelve, history: history(4) }), 100, []],
  ])('%s', (_label, facts, score, missing) => {
    const a = report(facts).authenticity;
    expect(a.score).toBe(score);
    expect(a.level).toBe(score === null ? 'insufficient_data' : 'ok');
    expect(a.missing.map((m) => m.split(':')[0])).toEqual(missing);
    if (score === null) expect(report(facts).findings.map((f) => f.code)).toContain('insufficient_audience_data');
  });
});

describe('percentiles and rates: a number only from enough data', () => {
  it.each([
    ['no value', null, 50, null],
    ['no benchmark', 0.05, 0, null],
    ['9 accounts in the tier', 0.05, 9, null],
    ['10 accounts in the tier', 0.05, 10, 50],
  ])('tier percentile with %s', (_label, value, count, expected) => {
    const p = tierPercentile(value, count === 0 ? undefined : bench(count)());
    expect(p.value).toBe(expected);
    expect(p.reason === undefined).toBe(expected !== null);
  });

  it('the report carries the tier percentile reason', () => {
    const e = report(account({ posts: posts(12), history: history(30) }), 3).engagement[0]!;
    expect(e).toMatchObject({ tier_percentile: null, tier_accounts: 3 });
    expect(e.tier_percentile_reason).toMatch(/3 accounts in the tier \(need 10\)/);
  });

  it.each([
    ['1 audience thread (was 0 % or 100 %)', 1, null],
    ['9 audience threads', 9, null],
    ['10 audience threads', 10, 0],
  ])('reply rate with %s', (_label, count, expected) => {
    const ps = posts(6);
    const rr = report(account({ posts: ps, history: history(30), comments: threads(ps, count) })).reply_rate;
    expect(rr.value).toBe(expected);
    expect(rr.threads).toBe(count);
    if (expected === null) expect(rr.reason).toMatch(/insufficient data/);
  });

  it.each([
    ['1 post in 90 days (was 100 % sponsored)', posts(1, { caption: '#ad' }), null, null],
    ['4 posts', posts(4, { caption: '#ad' }), null, null],
    ['5 posts, all sponsored: no organic side to compare', posts(5, { caption: '#ad' }), 1, null],
    ['3 sponsored and 3 organic posts', [...posts(3, { caption: '#ad' }), ...posts(3)], 0.5, 1],
  ])('ad fatigue with %s', (_label, ps, share, performance) => {
    const s = report(account({ posts: ps, history: history(30) })).sponsored;
    expect(s.share_90d).toBe(share);
    expect(s.paid_post_performance).toBe(performance);
    expect((s.missing ?? []).length > 0).toBe(share === null || performance === null);
  });
});
