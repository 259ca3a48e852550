import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTags } from '../../../src/core/creators/extract-tags.ts';

describe('extractTags', () => {
  it.each([
    ['plain hashtags, lower-cased', 'New drop! #Summer #Anklets', ['summer', 'anklets'], []],
    ['chained hashtags count separately', '#summer#beach#toes', ['summer', 'beach', 'toes'], []],
    ['duplicates removed, first order kept', '#ad #Ad #AD #gifted', ['ad', 'gifted'], []],
    ['Japanese hashtag', '夏の #サンダル コーデ', ['サンダル'], []],
    ['Cyrillic hashtag', 'лето #босоножки!', ['босоножки'], []],
    ['Devanagari hashtag keeps its combining marks', '#नमस्ते दोस्तों', ['नमस्ते'], []],
    ['Arabic hashtag', 'صيف #صنادل', ['صنادل'], []],
    ['German umlaut and NFD input normalised to NFC', '#Wer\u0062ung #gru\u0308n', ['werbung', 'grün'], []],
    ['digits-only is not a tag', 'we are #1 and #2024', [], []],
    ['HTML entity is not a tag', 'YouTube&#39;s API', [], []],
    ['C# and mid-word # are not tags', 'learn C# and abc#def', [], []],
    ['punctuation ends a tag', '(#summer), #beach.', ['summer', 'beach'], []],
    ['mentions with dots and underscores', 'with @Ana.Feet and @bob_99!', [], ['ana.feet', 'bob_99']],
    ['trailing sentence dot is not part of the handle', 'thanks @ana.', [], ['ana']],
    ['e-mail address is not a mention', 'write to ana@example.com or @shop', [], ['shop']],
    ['handle glued to an e-mail is not a mention', 'mail @ana@example.com', [], []],
    ['non-Latin mention', 'merci @józef_ et @мария', [], ['józef_', 'мария']],
    ['a lone sigil is nothing', '# @ #_ @.', ['_'], []],
    ['mixed caption', 'Gifted by @brand.co #ad #sponsored — shop via link', ['ad', 'sponsored'], ['brand.co']],
  ])('%s', (_label, text, hashtags, mentions) => {
    expect(extractTags(text)).toEqual({ hashtags, mentions });
  });

  it('returns empty lists for a missing text', () => {
    expect(extractTags(undefined)).toEqual({ hashtags: [], mentions: [] });
    expect(extractTags('')).toEqual({ hashtags: [], mentions: [] });
  });

  const word = fc.stringMatching(/^[a-z_][a-z0-9_]{0,19}$/);
  const separator = fc.constantFrom(' ', '\n', ', ', ' (', ' — ');

  it('finds every space-separated hashtag and mention it is given (property)', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.array(word, { maxLength: 5 }),
        separator,
        (tags, handles, sep) => {
          const text = [...tags.map((t) => `#${t.toUpperCase()}`), ...handles.map((h) => `@${h}`)].join(sep);
          const result = extractTags(text);
          expect(result.hashtags).toEqual([...new Set(tags)]);
          expect(result.mentions).toEqual([...new Set(handles)]);
        },
      ),
    );
  });

  it('never reads an e-mail address as a mention (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9._]{1,15}$/),
        fc.stringMatching(/^[a-z0-9-]{1,10}\.[a-z]{2,4}$/),
        (local, domain) => {
          expect(extractTags(`contact ${local}@${domain} today`).mentions).toEqual([]);
        },
      ),
    );
  });

  it('returns lower-case, unique tags that occur in the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const { hashtags, mentions } = extractTags(text);
        const lower = text.normalize('NFC').toLowerCase();
        for (const [list, sigil] of [
          [hashtags, '#'],
          [mentions, '@'],
        ] as const) {
          expect(new Set(list).size).toBe(list.length);
          for (const tag of list) {
            expect(tag).toBe(tag.toLowerCase());
            expect(tag).not.toMatch(/[#@\s]/);
            expect(lower).toContain(`${sigil}${tag}`);
          }
        }
      }),
    );
  });
});
