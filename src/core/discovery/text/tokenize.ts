// Text → index terms: lower case, Unicode words, stopwords out, Porter stems. Hashtags give the whole
// tag as a "#" term plus its split words, so #barefootsandals matches "barefoot sandals".
import { stemmer } from 'stemmer';
import { memoizeString } from '../../memoize.ts';
import { NICHES } from '../niche-taxonomy.ts';
import { splitHashtag } from './split-hashtag.ts';
import { splitWords } from './split-words.ts';
import { STOPWORDS } from './stopwords.ts';

/** Words the hashtag splitter knows: the niche vocabulary plus common words of captions. */
export const LEXICON: ReadonlySet<string> = new Set([
  ...Object.values(NICHES)
    .flatMap((words) => words.split(' '))
    .filter((w) => w.length >= 3),
  ...'summer winter spring autumn beach style life love look model photo daily vibes inspo goals outfit home workout food recipe free plant based girl boy mom dad travel day night morning weekend new best'.split(
    ' ',
  ),
]);

export const stem = memoizeString((word: string) => (/^[a-z]+$/.test(word) ? stemmer(word) : word));

/** The term of one lower-case word, or null for a stopword, a number or a single Latin letter. */
const wordTerm = memoizeString((word: string): string | null => {
  // Single Latin letters say nothing; a single CJK character is a word.
  if ((word.length < 2 && /^[a-z]$/.test(word)) || STOPWORDS.has(word) || /^\d+$/.test(word)) return null;
  return stem(word);
});

/** The term of one token of split text: the word before any apostrophe ("creator's" → creator). */
const tokenTerm = memoizeString((token: string): string | null => {
  let cut = token.indexOf("'");
  const curly = token.indexOf('’');
  if (curly >= 0 && (cut < 0 || curly < cut)) cut = curly;
  const word = cut < 0 ? token : token.slice(0, cut);
  return word === '' ? null : wordTerm(word);
});

/**
 * Terms of free text (bio, caption, keyword): stems of the words that are not stopwords. Letters, digits
 * and apostrophes make words; anything else separates them (split-words.ts). `dropHashtags`: hashtags in
 * the text are left out.
 */
export function textTerms(text: string, dropHashtags = false): string[] {
  const terms: string[] = [];
  for (const token of splitWords(text, dropHashtags)) {
    const term = tokenTerm(token);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/** Terms of one hashtag (without #): "#" + the whole tag's stem, then the stems of its split words. */
export const hashtagTerms: (tag: string) => readonly string[] = memoizeString(hashtagTermsOf);

function hashtagTermsOf(tag: string): string[] {
  const clean = tag.replace(/^#/, '');
  if (!clean) return [];
  const whole = `#${stem(clean.toLowerCase())}`;
  const words = splitHashtag(clean, LEXICON);
  return [whole, ...words.filter((w) => w.length >= 2 && !STOPWORDS.has(w)).map(stem)];
}
