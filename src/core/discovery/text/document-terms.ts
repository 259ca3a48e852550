// The niche document of an account: what it is about, as a small bag of terms. A term counts once
// per caption (so one long caption cannot dominate), once per post's hashtags, and 3 times in the
// bio (the creator's own description of the niche). Only the strongest terms are kept: they are
// what the discovery index (and its SQL baseline) match and rank on.
import { hashtagTerms, textTerms } from './tokenize.ts';

export const DOCUMENT_TERMS = 20;
const HASHTAG = /#[\p{L}\p{N}_]+/gu;
export const BIO_WEIGHT = 3;

export interface DocumentText {
  bio: string | null;
  posts: { caption: string | null; title?: string | null; hashtags: string[] }[];
}

export interface DocumentTerms {
  /** term → weight, the top DOCUMENT_TERMS by weight (ties by term). */
  terms: Map<string, number>;
  /** Sum of the kept weights: the document length for BM25. */
  length: number;
}

export function documentTerms(doc: DocumentText): DocumentTerms {
  const weights = new Map<string, number>();
  // A term counts once per source (the bio, each caption, each post's hashtags): `source` numbers them.
  const lastSource = new Map<string, number>();
  let source = 0;
  const add = (terms: readonly string[], weight: number) => {
    for (const term of terms) {
      if (lastSource.get(term) === source) continue;
      lastSource.set(term, source);
      weights.set(term, (weights.get(term) ?? 0) + weight);
    }
  };
  if (doc.bio) add(textTerms(doc.bio), BIO_WEIGHT);
  for (const post of doc.posts) {
    source += 1;
    // Hashtags in the caption are counted through the post's hashtag list, not as words.
    const caption = post.caption
      ? post.caption.includes('#')
        ? post.caption.replace(HASHTAG, ' ')
        : post.caption
      : '';
    add(textTerms(post.title ? `${post.title} ${caption}` : caption), 1);
    source += 1;
    for (const tag of post.hashtags) add(hashtagTerms(tag), 1);
  }
  const top = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, DOCUMENT_TERMS);
  return { terms: new Map(top), length: top.reduce((s, [, w]) => s + w, 0) };
}
