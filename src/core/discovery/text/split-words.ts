// The words of a text, lower case: maximal runs of letters, digits and apostrophes. What
// `text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu)` gives, read in one pass over the text with a table of
// character classes: a caption with one emoji is a two-byte string, and lower-casing all of it, then
// matching Unicode property classes over it, was the costliest step of deriving an account's niche
// document (~4 µs a caption). Only the words are lower-cased here, one by one.
//
// Lower-casing a word on its own gives the same as lower-casing the text around it for every
// character except two: U+0130 (İ, whose lower case is two characters) and U+03A3 (Σ, whose lower
// case depends on the letters after it). A text holding either takes the regular expression's way.

const WORD = /^[\p{L}\p{N}'’]$/u;
const TAG = /^[\p{L}\p{N}_]$/u;
const WORDS = /[\p{L}\p{N}'’]+/gu;
const HASHTAGS = /#[\p{L}\p{N}_]+/gu;

const KNOWN = 1;
/** Part of a word (tested on its lower case, as the regular expression saw the lower-cased text). */
const WORD_CHAR = 2;
/** Part of a hashtag after its # (tested as written: hashtags are taken out before lower-casing). */
const TAG_CHAR = 4;
/** An upper-case ASCII letter or any non-ASCII character: the word is lower-cased. */
const LOWER = 8;

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classOf(codePoint: number): number {
  let c = codePoint < 0x10000 ? bmp[codePoint]! : (astral.get(codePoint) ?? 0);
  if (c === 0) {
    const char = String.fromCodePoint(codePoint);
    c =
      KNOWN |
      (WORD.test(char.toLowerCase()) ? WORD_CHAR : 0) |
      (TAG.test(char) ? TAG_CHAR : 0) |
      ((codePoint >= 0x41 && codePoint <= 0x5a) || codePoint >= 0x80 ? LOWER : 0);
    if (codePoint < 0x10000) bmp[codePoint] = c;
    else astral.set(codePoint, c);
  }
  return c;
}

/** The code point at `i` (a surrogate pair read as one; a lone surrogate as itself). */
function codePointAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= text.length) return unit;
  const low = text.charCodeAt(i + 1);
  return low < 0xdc00 || low > 0xdfff ? unit : ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
}

/**
 * The lower-case words of `text`. `dropHashtags`: a hashtag (# and a run of letters, digits and _) counts
 * as a space, as `text.replace(/#[\p{L}\p{N}_]+/gu, ' ')` before lower-casing would make it.
 */
export function splitWords(text: string, dropHashtags = false): string[] {
  const words: string[] = [];
  const n = text.length;
  let start = -1;
  let lower = false;
  for (let i = 0; i < n; ) {
    const codePoint = codePointAt(text, i);
    const width = codePoint > 0xffff ? 2 : 1;
    if (codePoint === 0x130 || codePoint === 0x3a3) return slowSplit(text, dropHashtags);
    if (dropHashtags && codePoint === 0x23) {
      let end = i + 1;
      while (end < n) {
        const next = codePointAt(text, end);
        if ((classOf(next) & TAG_CHAR) === 0) break;
        end += next > 0xffff ? 2 : 1;
      }
      if (end > i + 1) {
        if (start >= 0) words.push(word(text, start, i, lower));
        start = -1;
        i = end;
        continue;
      }
    }
    const c = classOf(codePoint);
    if ((c & WORD_CHAR) !== 0) {
      if (start < 0) {
        start = i;
        lower = false;
      }
      if ((c & LOWER) !== 0) lower = true;
    } else if (start >= 0) {
      words.push(word(text, start, i, lower));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) words.push(word(text, start, n, lower));
  return words;
}

const word = (text: string, start: number, end: number, lower: boolean) =>
  lower ? text.slice(start, end).toLowerCase() : text.slice(start, end);

function slowSplit(text: string, dropHashtags: boolean): string[] {
  return (dropHashtags ? text.replace(HASHTAGS, ' ') : text).toLowerCase().match(WORDS) ?? [];
}
