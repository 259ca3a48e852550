// Niche categories of an account from its document terms: each category scores the weight of its
// vocabulary in the document; confidence is the category's share of all category scores. "other"
// when nothing matches.
import { NICHE_CATEGORIES, NICHES, type NicheCategory } from './niche-taxonomy.ts';
import { hashtagTerms, stem } from './text/tokenize.ts';

const VOCABULARY: Map<string, Set<NicheCategory>> = (() => {
  const map = new Map<string, Set<NicheCategory>>();
  for (const category of NICHE_CATEGORIES) {
    for (const word of NICHES[category].split(' ').filter(Boolean)) {
      for (const term of [stem(word), ...hashtagTerms(word).slice(0, 1)]) {
        map.set(term, (map.get(term) ?? new Set()).add(category));
      }
    }
  }
  return map;
})();

export interface NicheAssignment {
  category: NicheCategory;
  /** 0–1: the category's share of the niche evidence in the document. */
  confidence: number;
}

/** Categories holding at least 15 % of the evidence, strongest first (at most 3). */
export function classifyNiche(terms: ReadonlyMap<string, number>): NicheAssignment[] {
  const scores = new Map<NicheCategory, number>();
  for (const [term, weight] of terms) {
    for (const category of VOCABULARY.get(term) ?? []) scores.set(category, (scores.get(category) ?? 0) + weight);
  }
  const total = [...scores.values()].reduce((s, v) => s + v, 0);
  if (total === 0) return [{ category: 'other', confidence: 1 }];
  return [...scores]
    .map(([category, score]) => ({ category, confidence: score / total }))
    .filter((a) => a.confidence >= 0.15)
    .sort((a, b) => b.confidence - a.confidence || a.category.localeCompare(b.category))
    .slice(0, 3);
}
