import { describe, expect, it } from 'vitest';
import { replyRate } from '../../../src/core/vetting/replies/reply-rate.ts';
import { account, comment, NOW, post } from './facts.ts';

describe('creator reply rate = answered audience threads / audience threads on recent posts', () => {
  const p1 = post(5, 100, 3);
  const p2 = post(10, 100, 2);
  const old = post(120, 100, 1);
  const young = post(1, 100, 1);

  it('is unavailable, not zero, when comment data is unknown', () => {
    expect(replyRate(account({ posts: [p1], comments: null }), NOW)).toMatchObject({ value: null, threads: 0 });
  });

  it('is unavailable when nobody commented on recent posts', () => {
    const r = replyRate(account({ posts: [p1], comments: [] }), NOW);
    expect(r.value).toBeNull();
    expect(r.reason).toBe('no audience comments on recent posts');
  });

  it('counts a thread once, whatever the number of replies, and takes the first reply delay', () => {
    const comments = [
      comment(p1.id, 'a', 1, p1.postedAt),
      comment(p1.id, 'b', 2, p1.postedAt),
      comment(p1.id, 'c', 3, p1.postedAt),
      comment(p1.id, 'r1', 3, p1.postedAt, { byCreator: true, replyTo: 'a', authorHandle: 'ana' }),
      comment(p1.id, 'r2', 9, p1.postedAt, { byCreator: true, replyTo: 'a', authorHandle: 'ana' }),
      comment(p1.id, 'x', 4, p1.postedAt, { replyTo: 'b' }),
      comment(p1.id, 'r3', 12, p1.postedAt, { byCreator: true, replyTo: 'x', authorHandle: 'ana' }),
      comment(p2.id, 'd', 1, p2.postedAt),
      comment(p2.id, 'own', 0, p2.postedAt, { byCreator: true, authorHandle: 'ana' }),
      ...['e', 'f', 'g', 'h', 'i', 'j'].map((id) => comment(p2.id, id, 2, p2.postedAt)),
    ];
    const r = replyRate(account({ posts: [p1, p2], comments }), NOW);
    // Threads a, b, c, d (the creator's own top-level comment is not a thread). a answered after 2 h;
    // b answered inside its thread (reply to x) after 10 h; e…j unanswered. 2 of 10.
    expect(r).toMatchObject({ value: 0.2, threads: 10, replied: 2, posts_considered: 2 });
    expect(r.median_delay_hours).toBeCloseTo(6, 10);
  });

  it('leaves out posts older than 90 days and younger than 48 hours', () => {
    const comments = [
      comment(old.id, 'o', 1, old.postedAt),
      comment(young.id, 'y', 1, young.postedAt),
      comment(p1.id, 'a', 1, p1.postedAt),
    ];
    // One thread left: counted, but too few for a rate (insufficient data).
    expect(replyRate(account({ posts: [old, young, p1], comments }), NOW)).toMatchObject({ value: null, threads: 1 });
  });
});
