// Captions: a ready body and hashtag set of the niche (caption-pools.ts), plus the brand sentence
// and disclosure of a sponsored post and a photo credit. The hashtag and mention arrays are
// collected while the text is built (a regex over millions of captions costs more than writing
// them); the tests check that they match the text.
import type { CreatorPlan } from './plan-creator.ts';
import type { Random } from './random.ts';
import { captionPools } from './caption-pools.ts';
import { DISCLOSURES } from './vocabulary/disclosures.ts';

export interface CaptionOptions {
  /** A sponsored post: the brand, and whether the caption discloses it with a marker. */
  sponsor?: { brand: string; marker: boolean } | undefined;
  /** An organic post that tags a brand without disclosing anything. */
  undisclosedBrand?: string | undefined;
  /** A handle to credit (photographer, friend). */
  credit?: string | undefined;
  /** Reels and videos get a video hashtag now and then. */
  video?: boolean;
}

export interface Caption {
  title: string;
  caption: string;
  hashtags: string[];
  /** The hashtags as the JSON the posts table stores (ready-made for most posts). */
  hashtagsJson: string;
  mentions: string[];
}

const THANKS: Record<string, readonly string[]> = {
  en: [
    'Loving my new pieces from @{brand}',
    'Thank you @{brand} ✨',
    'Shop the look at @{brand}',
    'My favourite from @{brand} right now',
    'Use my code at @{brand} for 15% off',
  ],
  de: ['Danke @{brand} ✨', 'Mein Favorit von @{brand}', 'Mit meinem Code spart ihr bei @{brand}'],
  es: ['Gracias @{brand} ✨', 'Mi favorito de @{brand}', 'Con mi código tenéis descuento en @{brand}'],
  fr: ['Merci @{brand} ✨', 'Mon coup de cœur chez @{brand}', 'Avec mon code chez @{brand}'],
  pt: ['Obrigada @{brand} ✨', 'Meu favorito da @{brand}', 'Com meu cupom na @{brand}'],
};
const PLAIN_TAG = ['Wearing @{brand}', '📍 @{brand}', 'Details: @{brand}', 'via @{brand}'];

export function writeCaption(rng: Random, plan: CreatorPlan, options: CaptionOptions = {}): Caption {
  const lang = plan.language;
  const pools = captionPools(plan.niche, lang);
  const body = pools.bodies[Math.floor(rng.next() * pools.bodies.length)]!;
  let text = body.text;
  const mentions: string[] = [];
  let markerTagList: readonly string[] = NONE;
  const { sponsor } = options;
  if (sponsor) {
    text += '\n\n' + rng.pick(THANKS[lang]!).replace('{brand}', sponsor.brand);
    mentions.push(sponsor.brand);
    if (sponsor.marker) {
      // Non-English creators sometimes disclose in English too.
      const list = lang !== 'en' && rng.chance(0.25) ? DISCLOSURES.en : DISCLOSURES[lang];
      const template = rng.pick(list);
      const marker = template.replace('{brand}', sponsor.brand);
      text = marker.startsWith('#') || rng.chance(0.5) ? text + '\n' + marker : marker + '\n' + text;
      markerTagList = markerTags(template);
    }
  } else if (options.undisclosedBrand) {
    text += '\n\n' + rng.pick(PLAIN_TAG).replace('{brand}', options.undisclosedBrand);
    mentions.push(options.undisclosedBrand);
  }
  if (options.credit) {
    text += '\n📸 @' + options.credit;
    if (!mentions.includes(options.credit)) mentions.push(options.credit);
  }
  const set = pools.tags[Math.floor(rng.next() * pools.tags.length)]!;
  text += '\n\n' + set.text;
  let hashtags: string[] = markerTagList.length
    ? [...markerTagList, ...set.tags.filter((t) => !markerTagList.includes(t))]
    : (set.tags as string[]);
  let plain = markerTagList.length === 0;
  if (options.video && rng.chance(0.4)) {
    const extra = rng.pick(VIDEO_TAGS);
    text += ' #' + extra;
    hashtags = [...hashtags, extra];
    plain = false;
  }
  return {
    title: body.title,
    caption: text,
    hashtags,
    hashtagsJson: plain ? set.json : JSON.stringify(hashtags),
    mentions,
  };
}

const NONE: readonly string[] = [];
const VIDEO_TAGS = ['reels', 'reelsinstagram', 'video', 'fyp'];
const markerTagCache = new Map<string, string[]>();
/** The hashtags inside a disclosure template ("#ad @{brand}" → ["ad"]). */
function markerTags(template: string): string[] {
  let tags = markerTagCache.get(template);
  if (!tags)
    markerTagCache.set(
      template,
      (tags = [...template.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => m[1]!.toLowerCase())),
    );
  return tags;
}
