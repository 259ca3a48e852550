import { describe, expect, it } from 'vitest';
import {
  audienceAuthenticity,
  type AuthenticityInput,
} from '../../../src/core/vetting/authenticity/audience-authenticity.ts';
import { isGenericComment } from '../../../src/core/vetting/authenticity/is-generic-comment.ts';
import type { EngagementMeasure } from '../../../src/core/vetting/engagement/engagement-measure.ts';
import type { FollowerSpike } from '../../../src/core/vetting/growth/detect-spikes.ts';
import { comment, post } from './facts.ts';

describe('isGenericComment', () => {
  it.each([
    ['🔥🔥🔥', true],
    ['😍', true],
    ['Nice pic!', true],
    ['niiiice', true],
    ['love it ❤️', true],
    ['@bob wow', true],
    ['So cute!!', true],
    ['great post', true],
    ['follow me', true],
    ['collab?', true],
    ['Genial', true],
    ['!!!', true],
    ['Where did you get those sandals?', false],
    ['The anklet looks great with the linen dress', false],
    ['love the colour of this one', false],
    ['Cool, what size are you wearing?', false],
  ])('%j → %s', (text, generic) => {
    expect(isGenericComment(text)).toBe(generic);
  });
});

const er = (value: number | null, posts = 12): EngagementMeasure => ({
  formula: 'er_followers',
  value,
  window_days: 30,
  posts_used: value === null ? 0 : posts,
  confidence: 'high',
});

const base = (extra: Partial<AuthenticityInput> = {}): AuthenticityInput => ({
  platform: 'instagram',
  followers: 30_000,
  following: 400,
  erFollowers: er(0.03),
  spikes: [],
  historyPoints: 120,
  posts: Array.from({ length: 12 }, (_, i) => post(3 + i, 900, 30)),
  comments: null,
  suspiciousProfiles: null,
  ...extra,
});

const spike = (change: number, explained = false): FollowerSpike => ({
  at: '2026-05-01T00:00:00.000Z',
  from: 20_000,
  to: Math.round(20_000 * (1 + change)),
  change,
  deviations: 40,
  usual_max: 0.08,
  likes_before: 600,
  likes_after: 610,
  likes_change: 0.02,
  explained,
  explanation: 'likes changed 2 %',
});

describe('audienceAuthenticity = 100 − penalties, with reasons', () => {
  it.each([
    ['a clean micro creator keeps 100', base(), 100, []],
    ['ER below the micro band (1–6 %): −12', base({ erFollowers: er(0.008) }), 88, ['er_below_band']],
    ['ER far below the band (< 0.5 %): −35', base({ erFollowers: er(0.004) }), 65, ['er_far_below_band']],
    ['ER with only 2 posts is not held against anyone: no score at all', base({ erFollowers: er(0.001, 2) }), null, []],
    ['mass following > 1,500: −15', base({ following: 4_122 }), 85, ['mass_following']],
    ['1,500 exactly is not mass following', base({ following: 1_500 }), 100, []],
    ['an unexplained +30 % jump: −30', base({ spikes: [spike(0.3)] }), 70, ['follower_spike']],
    ['an unexplained +10 % jump: −20', base({ spikes: [spike(0.1)] }), 80, ['follower_spike']],
    ['an explained jump costs nothing', base({ spikes: [spike(0.3, true)] }), 100, []],
    ['a +400 % jump: −45', base({ spikes: [spike(4)] }), 55, ['follower_spike']],
    [
      'spikes cost at most 50 together',
      base({ spikes: [spike(4), spike(4)] }),
      50,
      ['follower_spike', 'follower_spike'],
    ],
    [
      '2 likes per comment (pods, band 5–200): −15',
      base({ posts: Array.from({ length: 12 }, (_, i) => post(3 + i, 100, 50)) }),
      85,
      ['likes_per_comment_outside_band'],
    ],
    [
      'likes but no comments at all: −15',
      base({ posts: Array.from({ length: 12 }, (_, i) => post(3 + i, 900, 0)) }),
      85,
      ['likes_per_comment_outside_band'],
    ],
    [
      'bought followers: spike + ER far below + mass following',
      base({ spikes: [spike(0.6)], erFollowers: er(0.004), following: 6_000 }),
      15,
      ['er_far_below_band', 'follower_spike', 'mass_following'],
    ],
    [
      '30 % suspicious known profiles: −15',
      base({ suspiciousProfiles: { checked: 100, suspicious: 30 } }),
      85,
      ['suspicious_profiles'],
    ],
    ['too few known profiles say nothing', base({ suspiciousProfiles: { checked: 10, suspicious: 9 } }), 100, []],
  ])('%s', (_label, input, score, codes) => {
    const result = audienceAuthenticity(input);
    expect(result.score).toBe(score);
    expect(result.reasons.map((r) => r.code).sort()).toEqual([...codes].sort());
    for (const r of result.reasons) {
      expect(r.message.length).toBeGreaterThan(20);
      expect(r.band.label).toBeTruthy();
    }
  });

  it('grades generic comment shares and lists every check', () => {
    const p = post(5, 900, 30);
    const texts = (generic: number, total: number) =>
      Array.from({ length: total }, (_, i) =>
        comment(p.id, `c${i}`, 1, p.postedAt, {
          text: i < generic ? 'nice pic 🔥' : `where is the anklet number ${i} from?`,
        }),
      );
    const at = (generic: number) => audienceAuthenticity(base({ comments: texts(generic, 100) }));
    expect(at(30).reasons).toEqual([]);
    expect(at(50).reasons.map((r) => [r.code, r.penalty])).toEqual([['generic_comments', 15]]);
    expect(at(70).reasons.map((r) => [r.code, r.penalty])).toEqual([['generic_comments', 30]]);
    expect(at(70).reasons[0]!.value).toBeCloseTo(0.7, 10);
    expect(at(30).checks.map((c) => c.signal)).toEqual([
      'engagement vs tier band',
      'follower spikes',
      'mass following',
      'suspicious followers / commenters',
      'likes per comment',
      'generic comments',
      'comment ring',
    ]);
  });

  it('finds a comment ring: the same accounts writing most comments under most posts', () => {
    const posts = Array.from({ length: 8 }, (_, i) => post(3 + i, 900, 30));
    const ringComments = posts.flatMap((p, i) => [
      ...Array.from({ length: 6 }, (_, k) =>
        comment(p.id, `r${i}-${k}`, 1, p.postedAt, {
          authorHandle: `pod_${k}`,
          text: `great styling on this look number ${k}`,
        }),
      ),
      comment(p.id, `f${i}`, 1, p.postedAt, { authorHandle: `fan_${i}`, text: 'where are these from?' }),
    ]);
    const ring = audienceAuthenticity(base({ posts, comments: ringComments }));
    expect(ring.reasons.map((r) => [r.code, r.penalty])).toEqual([['comment_ring', 20]]);
    expect(ring.reasons[0]!.value).toBeCloseTo(6 / 7, 10);
    expect(ring.reasons[0]!.message).toMatch(/6 accounts that comment on most of the last 8 posts/);

    const loyal = posts.flatMap((p, i) => [
      comment(p.id, `l${i}`, 1, p.postedAt, { authorHandle: 'best_friend', text: 'obsessed with this colour' }),
      ...Array.from({ length: 5 }, (_, k) =>
        comment(p.id, `o${i}-${k}`, 1, p.postedAt, {
          authorHandle: `fan_${i}_${k}`,
          text: `what size is the sandal ${k}?`,
        }),
      ),
    ]);
    expect(audienceAuthenticity(base({ posts, comments: loyal })).reasons).toEqual([]);
  });

  it.each([
    ['100 is ok', base(), 100, 'ok'],
    ['85 is ok', base({ following: 4_000 }), 85, 'ok'],
    ['70 is watch', base({ spikes: [spike(0.3)] }), 70, 'watch'],
    [
      '60 is watch (the threshold itself)',
      base({ spikes: [spike(0.3)], posts: Array.from({ length: 12 }, (_, i) => post(3 + i, 100, 25)) }),
      60,
      'watch',
    ],
    ['a spike and mass following: 55, suspicious', base({ spikes: [spike(0.3)], following: 4_000 }), 55, 'suspicious'],
    ['55 is suspicious', base({ spikes: [spike(4)] }), 55, 'suspicious'],
  ])('%s', (_label, input, score, level) => {
    const result = audienceAuthenticity(input);
    expect(result.score).toBe(score);
    expect(result.level).toBe(level);
    expect(result.threshold).toBe(60);
  });
});
