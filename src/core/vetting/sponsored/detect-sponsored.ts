import type { PostFacts } from '../account-facts.ts';
import { DISCLOSURE_HASHTAGS, DISCLOSURE_PHRASES } from './disclosure-markers.ts';

export interface SponsoredVerdict {
  sponsored: boolean;
  /** Why: "platform paid-partnership flag", "#ad", "\"paid partnership\"". */
  evidence: string[];
}

const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
const phrasePatterns = DISCLOSURE_PHRASES.map((phrase) => ({
  phrase,
  pattern: new RegExp(`(^|[^\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu'),
}));

/** A post is sponsored when the platform flags a paid partnership or the caption carries a disclosure marker. */
export function detectSponsored(post: Pick<PostFacts, 'isPaidPartnership' | 'caption' | 'hashtags'>): SponsoredVerdict {
  const evidence: string[] = [];
  if (post.isPaidPartnership === true) evidence.push('platform paid-partnership flag');
  const caption = post.caption ?? '';
  const tags = new Set(post.hashtags.map((h) => h.toLowerCase()));
  for (const match of caption.matchAll(HASHTAG)) tags.add(match[1]!.toLowerCase());
  for (const tag of tags) if (DISCLOSURE_HASHTAGS.has(tag)) evidence.push(`#${tag}`);
  for (const { phrase, pattern } of phrasePatterns) if (pattern.test(caption)) evidence.push(`"${phrase}"`);
  return { sponsored: evidence.length > 0, evidence };
}
