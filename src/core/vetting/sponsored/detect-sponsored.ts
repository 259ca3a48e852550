import type { PostFacts } from '../account-facts.ts';
import { DISCLOSURE_HASHTAGS, DISCLOSURE_PHRASES } from './disclosure-markers.ts';

export interface SponsoredVerdict {
  sponsored: boolean;
  /** Why: "platform paid-partnership flag", "#ad", "\"paid partnership\"". */
  evidence: string[];
}

const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The phrase occurs in the (lower-cased) text on word boundaries. */
function hasPhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + phrase.length] ?? '';
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}

/** A post is sponsored when the platform flags a paid partnership or the caption carries a disclosure marker. */
export function detectSponsored(post: Pick<PostFacts, 'isPaidPartnership' | 'caption' | 'hashtags'>): SponsoredVerdict {
  const evidence: string[] = [];
  if (post.isPaidPartnership === true) evidence.push('platform paid-partnership flag');
  const caption = post.caption ?? '';
  const tags = new Set(post.hashtags.map((h) => h.toLowerCase()));
  for (const match of caption.matchAll(HASHTAG)) tags.add(match[1]!.toLowerCase());
  for (const tag of tags) if (DISCLOSURE_HASHTAGS.has(tag)) evidence.push(`#${tag}`);
  const lower = caption.toLowerCase();
  for (const phrase of DISCLOSURE_PHRASES) if (hasPhrase(lower, phrase)) evidence.push(`"${phrase}"`);
  return { sponsored: evidence.length > 0, evidence };
}
