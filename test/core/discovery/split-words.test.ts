import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitWords } from '../../../src/core/discovery/text/split-words.ts';

// What the tokenizer always did: hashtags out as written, then the whole text lower-cased and matched.
const reference = (text: string, dropHashtags: boolean) =>
  (dropHashtags ? text.replace(/#[\p{L}\p{N}_]+/gu, ' ') : text).toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];

// Pieces that meet each other at every kind of boundary: case, accents (precomposed and combining),
// apostrophes, digits, _ and #, emoji and other astral characters, lone surrogates, and the two letters
// whose lower case depends on more than themselves (İ, Σ).
const PIECES = [
  'Anklets',
  'sandal',
  'ÉTÉ',
  'e\u0301',
  'Für',
  "creator's",
  'don’t',
  '’',
  "'",
  '2024',
  '①',
  'Ⅻ',
  '_',
  '#',
  '#beach',
  '#Summer_Vibes',
  '##x',
  '#’s',
  'ΟΔΟΣ',
  'σς',
  'İstanbul',
  'ı',
  'ﬁ',
  'ß',
  'Ǆ',
  '𐐀𐐨',
  '𝐀𝐁',
  '📸',
  '✨',
  '\ud800',
  '\udc00',
  ' ',
  '\n',
  '.',
  '·',
  '\u00ad',
  '-',
  '夏',
  'ภาษา',
  'K',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join(''));

describe('splitWords', () => {
  it('gives the words the regular expression gives, with and without hashtags (property)', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 40 })), fc.boolean(), (t, drop) => {
        expect(splitWords(t, drop)).toEqual(reference(t, drop));
      }),
      { numRuns: 3_000 },
    );
  });

  it('classifies every Unicode character as the regular expression does, inside words and hashtags', () => {
    const mismatches: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1) {
      // Surrogates are covered by the property above (alone they are no code point of their own).
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const c = String.fromCodePoint(codePoint);
      const t = `Ab${c}cD #x${c}y ${c}#${c}`;
      for (const drop of [false, true])
        if (JSON.stringify(splitWords(t, drop)) !== JSON.stringify(reference(t, drop)))
          mismatches.push(`U+${codePoint.toString(16)} (${drop ? 'hashtags dropped' : 'hashtags kept'})`);
    }
    expect(mismatches).toEqual([]);
  });
});
