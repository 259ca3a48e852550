import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adFatigue } from '../../../src/core/vetting/sponsored/ad-fatigue.ts';
import { detectSponsored, mayHoldPhrase } from '../../../src/core/vetting/sponsored/detect-sponsored.ts';
import { DISCLOSURE_PHRASES } from '../../../src/core/vetting/sponsored/disclosure-markers.ts';
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

// The phrase search runs on the lower-cased caption only when mayHoldPhrase, a case-insensitive match
// of the caption as written, lets it. It must never turn away a caption whose lower case holds a phrase.
describe('mayHoldPhrase', () => {
  const phraseText = DISCLOSURE_PHRASES.join('');
  const holdsPhrase = (caption: string) => DISCLOSURE_PHRASES.some((p) => caption.toLowerCase().includes(p));

  it("passes a phrase written with any character whose lower case is the phrase's, for every code point", () => {
    // Each phrase character, with every code point that lower-cases to it.
    const writings = new Map<string, string[]>();
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const lower = c.toLowerCase();
      if (lower.length === 1 && phraseText.includes(lower)) writings.set(lower, [...(writings.get(lower) ?? []), c]);
    }
    expect(writings.get('k')).toContain('\u212a'); // the Kelvin sign: the search must see it
    const missed: string[] = [];
    for (const phrase of DISCLOSURE_PHRASES)
      for (let k = 0; k < phrase.length; k++)
        for (const c of writings.get(phrase[k]!) ?? []) {
          const caption = `so ${phrase.slice(0, k)}${c}${phrase.slice(k + 1)} ✨`;
          if (holdsPhrase(caption) && !mayHoldPhrase(caption))
            missed.push(`${phrase} with U+${c.codePointAt(0)!.toString(16)}`);
        }
    expect(missed).toEqual([]);
  });

  it('lower-cases every code point to the same length except İ, which takes the long way', () => {
    // So a phrase found in the lower-cased caption lies over the same characters of the caption as written.
    const changed: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (c.toLowerCase().length !== c.length) changed.push(cp);
    }
    expect(changed).toEqual([0x130]);
    expect(mayHoldPhrase('Spİn')).toBe(true);
  });

  it('passes every caption whose lower case holds a phrase (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom(...DISCLOSURE_PHRASES),
      fc.constantFrom(' ', '\n', '✨', '#ad', 'İ', 'Σ', '\u212a', 'ß', 'PAID', 'Partner'),
      fc.string({ maxLength: 6 }),
    );
    const recase = (text: string, flips: boolean[]) =>
      [...text].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c)).join('');
    // Counted, so the property cannot pass by never meeting a caption that holds a phrase.
    let holding = 0;
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        (pieces, flips) => {
          const caption = recase(pieces.join(''), flips);
          if (!holdsPhrase(caption)) return;
          holding += 1;
          expect(mayHoldPhrase(caption)).toBe(true);
        },
      ),
      { numRuns: 3_000 },
    );
    expect(holding).toBeGreaterThan(1_000);
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
