// Splits a concatenated hashtag into words ("barefootsandals" → barefoot sandals) using camel case
// when present, else the most probable segmentation over a lexicon (fewest, longest known words).
export function splitHashtag(tag: string, lexicon: ReadonlySet<string>): string[] {
  const camel = tag
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[_\-]+/g, ' ')
    .trim();
  if (camel.includes(' ')) return camel.toLowerCase().split(/\s+/).filter(Boolean);
  const word = tag.toLowerCase();
  if (word.length < 6 || word.length > 40) return [word];
  // best[i]: the best split of word[0..i): fewest pieces, each a lexicon word of length ≥ 3 (never
  // the whole tag itself: the caller keeps that as a term of its own).
  const best: (string[] | null)[] = Array.from({ length: word.length + 1 }, () => null);
  best[0] = [];
  for (let end = 3; end <= word.length; end++) {
    for (let start = Math.max(0, end - 20); start <= end - 3; start++) {
      const prefix = best[start];
      const piece = word.slice(start, end);
      if (
        prefix &&
        piece.length < word.length &&
        lexicon.has(piece) &&
        (!best[end] || prefix.length + 1 < best[end]!.length)
      )
        best[end] = [...prefix, piece];
    }
  }
  const split = best[word.length];
  return split && split.length > 1 ? split : [word];
}
