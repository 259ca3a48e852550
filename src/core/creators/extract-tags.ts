// Hashtags and @mentions as a reader sees them in a caption, title or description. Rules:
// - a hashtag is `#` + Unicode letters, combining marks, digits and `_`, with at least one
//   character that is not a digit ("#1" and "&#39;" are not tags); it must not follow a word
//   character, except another hashtag ("#summer#beach" is two tags, "C#" and "abc#def" are none);
// - a mention is `@` + letters, marks, digits, `_` and `.`; it must neither follow nor be followed
//   by such a character or another `@`, so "ana@example.com" is an e-mail address, not a mention.
//   Trailing dots end the sentence, not the handle.
// Results are NFC-normalised, lower-cased, without the sigil, de-duplicated in order of appearance.

export interface Tags {
  hashtags: string[];
  mentions: string[];
}

const WORD = String.raw`\p{L}\p{M}\p{N}_`;
const HASHTAG_CHAIN = new RegExp(String.raw`(?<![${WORD}&])(?:#[${WORD}]+)+`, 'gu');
const MENTION = new RegExp(String.raw`(?<![${WORD}.@])@([${WORD}.]+)(?![${WORD}.@])`, 'gu');
const DIGITS_ONLY = /^\p{N}+$/u;

/** Hashtags and mentions of a text (empty lists for an empty or missing text). */
export function extractTags(text: string | undefined | null): Tags {
  if (!text) return { hashtags: [], mentions: [] };
  const normalized = text.normalize('NFC');
  const hashtags = [...normalized.matchAll(HASHTAG_CHAIN)].flatMap((m) =>
    m[0].split('#').filter((tag) => tag !== '' && !DIGITS_ONLY.test(tag)),
  );
  const mentions = [...normalized.matchAll(MENTION)]
    .map((m) => trimTrailingDots(m[1]!))
    .filter((handle) => handle !== '' && !handle.startsWith('.'));
  return { hashtags: unique(hashtags), mentions: unique(mentions) };
}

// A loop, not /\.+$/: that pattern retries from every dot of a long run (quadratic on hostile text).
function trimTrailingDots(handle: string): string {
  let end = handle.length;
  while (end > 0 && handle[end - 1] === '.') end -= 1;
  return handle.slice(0, end);
}

const unique = (values: string[]) => [...new Set(values.map((v) => v.toLowerCase()))];
