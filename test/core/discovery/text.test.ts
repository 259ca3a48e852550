import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyNiche } from '../../../src/core/discovery/classify-niche.ts';
import { bm25Term, idf } from '../../../src/core/discovery/text/bm25.ts';
import { DOCUMENT_TERMS, documentTerms } from '../../../src/core/discovery/text/document-terms.ts';
import { splitHashtag } from '../../../src/core/discovery/text/split-hashtag.ts';
import { hashtagTerms, LEXICON, textTerms } from '../../../src/core/discovery/text/tokenize.ts';

describe('tokenize', () => {
  it.each([
    [
      'stems and drops stopwords',
      'Barefoot sandals and anklets for the summer',
      ['barefoot', 'sandal', 'anklet', 'summer'],
    ],
    ['drops numbers and apostrophes', "I'm wearing 3 anklets, it's fun", ['wear', 'anklet', 'fun']],
    ['keeps non-Latin words', 'Sandalen für den Sommer 夏', ['sandalen', 'sommer', '夏']],
  ])('%s', (_label, text, terms) => {
    expect(textTerms(text)).toEqual(terms);
  });

  it.each([
    ['barefootsandals', ['#barefootsand', 'barefoot', 'sandal']],
    ['BarefootSandals', ['#barefootsand', 'barefoot', 'sandal']],
    ['summerfashion', ['#summerfashion', 'summer', 'fashion']],
    ['anklets', ['#anklet', 'anklet']],
    ['#OOTD', ['#ootd', 'ootd']],
  ])('hashtag %s → %j', (tag, terms) => {
    expect(hashtagTerms(tag)).toEqual(terms);
  });

  it('splits only into known words and otherwise keeps the tag whole (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,30}$/), (tag) => {
        const parts = splitHashtag(tag, LEXICON);
        return parts.join('') === tag && (parts.length === 1 || parts.every((p) => LEXICON.has(p)));
      }),
    );
  });
});

describe('documentTerms', () => {
  it('weighs the bio 3×, counts a term once per caption, keeps the strongest terms', () => {
    const d = documentTerms({
      bio: 'Foot model. Anklets & barefoot sandals',
      posts: [
        { caption: 'anklets anklets anklets on the beach', hashtags: ['anklets'] },
        { caption: 'new sandals', hashtags: ['barefootsandals'] },
      ],
    });
    expect(d.terms.get('anklet')).toBe(3 + 1 + 1);
    expect(d.terms.get('sandal')).toBe(3 + 1 + 1);
    expect(d.terms.get('#anklet')).toBe(1);
    expect(d.terms.get('beach')).toBe(1);
    expect(d.length).toBe([...d.terms.values()].reduce((a, b) => a + b, 0));
  });

  it('keeps at most DOCUMENT_TERMS (20) terms', () => {
    const words = Array.from(
      { length: 60 },
      (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    );
    expect(documentTerms({ bio: words.join(' '), posts: [] }).terms.size).toBe(DOCUMENT_TERMS);
  });
});

describe('bm25', () => {
  it('has a positive idf that falls as the term gets common', () => {
    expect(idf(1_000, 1)).toBeGreaterThan(idf(1_000, 100));
    expect(idf(1_000, 1_000)).toBeGreaterThan(0);
  });
  it('saturates in term frequency and prefers short documents', () => {
    const i = idf(1_000, 10);
    expect(bm25Term(2, i, 10, 10)).toBeGreaterThan(bm25Term(1, i, 10, 10));
    expect(bm25Term(100, i, 10, 10)).toBeLessThan(i * 2.2 + 1e-9);
    expect(bm25Term(1, i, 5, 10)).toBeGreaterThan(bm25Term(1, i, 20, 10));
  });
});

describe('classifyNiche', () => {
  it.each([
    [
      'footwear',
      {
        bio: 'Foot model. Barefoot sandals, heels and pedicure',
        posts: [{ caption: 'new sandals', hashtags: ['footmodel'] }],
      },
      'footwear',
    ],
    [
      'vegan food',
      { bio: 'Plant based recipes', posts: [{ caption: 'tofu and lentils', hashtags: ['vegan'] }] },
      'vegan_food',
    ],
    ['other', { bio: 'just me', posts: [] }, 'other'],
  ])('%s', (_label, doc, category) => {
    expect(classifyNiche(documentTerms(doc).terms)[0]!.category).toBe(category);
  });
});
