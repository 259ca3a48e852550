// Ready-made caption parts per niche and language: 512 bodies (opening line, emoji, sometimes a
// second line and a question) and 128 hashtag sets. A caption is one body, one hashtag set and
// whatever the post adds (brand, disclosure, credit). Built once per process from a fixed seed,
// so every thread and every run has the same pools; 512 × 128 combinations (× brands and credits)
// keep captions varied, and a post costs two draws instead of a dozen string operations.
import type { Niche } from './niches.ts';
import { createRandom } from './random.ts';
import { LANGUAGES, type Language } from './vocabulary/languages.ts';
import { ENGLISH_WORDS, LOCAL_WORDS } from './vocabulary/local-words.ts';

export interface CaptionBody {
  title: string;
  text: string;
}
export interface HashtagSet {
  text: string;
  tags: readonly string[];
  json: string;
}
export interface CaptionPools {
  bodies: readonly CaptionBody[];
  tags: readonly HashtagSet[];
}

const BODIES = 512;
const TAG_SETS = 128;
const POOL_SEED = 0x6361_7074; // "capt"
const cache = new Map<string, CaptionPools>();
const filledLines = new Map<string, string[]>();

export function captionPools(niche: Niche, language: Language): CaptionPools {
  const key = `${niche.name}:${language}`;
  let pools = cache.get(key);
  if (pools) return pools;
  const rng = createRandom(POOL_SEED, hash(niche.name), LANGUAGES.indexOf(language));
  const words = niche.words;
  const local = language === 'en' ? undefined : LOCAL_WORDS[language];
  let english = filledLines.get(niche.name);
  if (!english) filledLines.set(niche.name, (english = fill(words.lines, words.nouns, words.adjectives)));
  const localLines = local ? fill(local.lines, local.niches[niche.name]!.nouns, ['']) : [];
  const bodies: CaptionBody[] = [];
  for (let i = 0; i < BODIES; i++) {
    const title = local && rng.chance(0.75) ? rng.pick(localLines) : rng.pick(english!);
    // Lines that already end in an emoji keep just that one.
    const emoji = rng.pick(words.emojis);
    let text = /[\p{L}\p{N}.!?]$/u.test(title) ? `${title} ${emoji}` : title;
    if (rng.chance(0.35)) {
      const more = rng.pick(english!);
      text += ` ${more}${/[\p{L}\p{N}]$/u.test(more) ? '.' : ''}`;
    }
    if (rng.chance(0.45)) text += ` ${rng.pick(local ? local.questions : ENGLISH_WORDS.questions)}`;
    bodies.push({ title, text });
  }
  const tags: HashtagSet[] = [];
  for (let i = 0; i < TAG_SETS; i++) {
    const picked = rng.sample(words.hashtags, rng.int(3, 9));
    tags.push({ text: `#${picked.join(' #')}`, tags: picked, json: JSON.stringify(picked) });
  }
  cache.set(key, (pools = { bodies, tags }));
  return pools;
}

function fill(lines: readonly string[], nouns: readonly string[], adjectives: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines)
    for (const noun of nouns)
      for (const adj of adjectives) {
        const s = line.replace('{noun}', noun).replace('{adj}', adj);
        out.push(s.charAt(0).toUpperCase() + s.slice(1));
      }
  return out;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
