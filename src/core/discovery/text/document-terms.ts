// The niche document of an account: what it is about, as a small bag of terms. A term counts once
// per caption (so one long caption cannot dominate), once per post's hashtags, and 3 times in the
// bio (the creator's own description of the niche). Only the strongest terms are kept: they are
// what the discovery index (and its SQL baseline) match and rank on.
import { hashtagTerms, textTerms } from './tokenize.ts';

export const DOCUMENT_TERMS = 20;
export const BIO_WEIGHT = 3;

export interface DocumentText {
  bio: string | null;
  posts: { caption: string | null; title?: string | null; hashtags: readonly string[] }[];
}

export interface DocumentTerms {
  /** term → weight, the top DOCUMENT_TERMS by weight (ties by term). */
  terms: Map<string, number>;
  /** Sum of the kept weights: the document length for BM25. */
  length: number;
}

/** A term's weight so far and the last source that counted it. */
interface Tally {
  weight: number;
  source: number;
}

export function documentTerms(doc: DocumentText): DocumentTerms {
  // One map entry per term, updated in place: the hottest loop of a metrics refresh (every word of
  // 30 captions per account) then costs one lookup per word.
  const tallies = new Map<string, Tally>();
  // A term counts once per source (the bio, each caption, each post's hashtags): `source` numbers them.
  let source = 0;
  const add = (terms: readonly string[], weight: number) => {
    for (const term of terms) {
      const tally = tallies.get(term);
      if (tally === undefined) tallies.set(term, { weight, source });
      else if (tally.source !== source) {
        tally.source = source;
        tally.weight += weight;
      }
    }
  };
  if (doc.bio) add(textTerms(doc.bio), BIO_WEIGHT);
  for (const post of doc.posts) {
    source += 1;
    if (post.title) add(textTerms(post.title), 1);
    // Hashtags in the caption are counted through the post's hashtag list, not as words.
    if (post.caption) add(textTerms(post.caption, true), 1);
    source += 1;
    for (const tag of post.hashtags) add(hashtagTerms(tag), 1);
  }
  const top = strongest(tallies, DOCUMENT_TERMS);
  let length = 0;
  for (const [, weight] of top) length += weight;
  return { terms: new Map(top), length };
}

/**
 * The `k` heaviest terms, heaviest first, ties by term: what sorting every term would give, kept
 * by insertion into a short list (a document has a few hundred terms, most of weight 1, and almost
 * all of them lose against the last kept one at the first comparison).
 */
function strongest(tallies: ReadonlyMap<string, Tally>, k: number): [string, number][] {
  const top: [string, number][] = [];
  const before = (term: string, weight: number, other: [string, number]) =>
    weight > other[1] || (weight === other[1] && term < other[0]);
  for (const [term, { weight }] of tallies) {
    if (top.length === k && !before(term, weight, top[k - 1]!)) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && before(term, weight, top[at - 1]!)) at--;
    if (top.length === k) top.pop();
    top.splice(at, 0, [term, weight]);
  }
  return top;
}
