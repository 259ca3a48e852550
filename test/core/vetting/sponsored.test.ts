import { describe, expect, it } from 'vitest';
import { adFatigue } from '../../../src/core/vetting/sponsored/ad-fatigue.ts';
import { detectSponsored } from '../../../src/core/vetting/sponsored/detect-sponsored.ts';
import { account, NOW, post } from './facts.ts';

describe('detectSponsored', () => {
  const of = (caption: string, hashtags: string[] = [], flag: boolean | null = null) =>
    detectSponsored({ caption, hashtags, isPaidPartnership: flag });

  it.each([
    ['platform flag', of('new sandals', [], true), ['platform paid-partnership flag']],
    ['#ad in caption', of('Loving these #ad'), ['#ad']],
    ['#AD upper case', of('Loving these #AD'), ['#ad']],
    ['#ad from the hashtag list', of('Loving these', ['ad']), ['#ad']],
    ['#sponsored', of('summer vibes #sponsored'), ['#sponsored']],
    ['German #anzeige', of('Neue Sandalen #Anzeige'), ['#anzeige']],
    ['German #werbung', of('Sommer #werbung'), ['#werbung']],
    ['Spanish #publicidad', of('Verano #publicidad'), ['#publicidad']],
    ['Danish #reklame', of('Sommer #reklame'), ['#reklame']],
    ['Portuguese #publi', of('Verão #publi'), ['#publi']],
    ['"paid partnership"', of('Paid partnership with @solestory'), ['"paid partnership"']],
    ['"in partnership with"', of('in partnership with @anklecraft ✨'), ['"in partnership with"']],
    ['"gifted"', of('These were gifted, opinions my own'), ['"gifted"']],
    ['German phrase', of('Bezahlte Partnerschaft mit @x'), ['"bezahlte partnerschaft"']],
  ])('%s', (_label, verdict, evidence) => {
    expect(verdict.sponsored).toBe(true);
    expect(verdict.evidence).toEqual(evidence);
  });

  it.each([
    ['#adidas is not #ad', of('new kicks #adidas')],
    ['#advent is not #ad', of('#advent calendar')],
    ['"bad" is not "ad"', of('not bad at all')],
    ['platform says no', of('plain post', [], false)],
    ['#pr is left out (Puerto Rico)', of('beach day #pr')],
    ['"shoulder pad" has no marker', of('shoulder pad season')],
  ])('not sponsored: %s', (_label, verdict) => {
    expect(verdict.sponsored).toBe(false);
  });
});

describe('adFatigue over 90 days', () => {
  const ad = (days: number, likes: number, brands: string[]) =>
    post(days, likes, 0, { caption: 'love it #ad', taggedBrands: brands });

  it('computes sponsored share, paid post performance and the brands', () => {
    const facts = account({
      followers: 10_000,
      posts: [
        ad(5, 100, ['solestory']),
        ad(20, 100, ['solestory', 'rivalbrand']),
        ad(30, 100, []),
        post(6, 300),
        post(7, 300),
        post(8, 300, 0, { taggedBrands: ['quietbrand'] }),
        post(200, 999, 0, { caption: '#ad old' }),
      ],
    });
    const f = adFatigue(facts, NOW);
    expect(f.posts).toBe(6);
    expect(f.sponsored_posts).toBe(3);
    expect(f.share_90d).toBeCloseTo(0.5, 10);
    expect(f.sponsored_er).toBeCloseTo(0.01, 10);
    expect(f.organic_er).toBeCloseTo(0.03, 10);
    expect(f.paid_post_performance).toBeCloseTo(1 / 3, 10);
    expect(f.brands).toEqual([
      { handle: 'solestory', posts: 2 },
      { handle: 'rivalbrand', posts: 1 },
    ]);
    expect(f.undisclosed_brand_tags).toEqual([{ handle: 'quietbrand', posts: 1 }]);
  });

  it.each([
    ['no posts: share n/a', [], null, null],
    ['no sponsored posts: share 0, performance n/a', [5, 6, 7, 8, 9].map((d) => post(d, 100)), 0, null],
    ['only sponsored posts: performance n/a', [5, 6, 7, 8, 9].map((d) => ad(d, 100, [])), 1, null],
  ])('%s', (_label, posts, share, performance) => {
    const f = adFatigue(account({ posts }), NOW);
    expect(f.share_90d).toBe(share);
    expect(f.paid_post_performance).toBe(performance);
  });
});
