// The rows of account_terms for some niche documents, in the order the table's B-tree keeps them: both
// writers of postings (saveAccountDocuments, the demo world's generation workers) insert them this way.

/**
 * The postings sorted by the clustered key (term, account): inserts then walk the B-tree instead of
 * jumping around it. Gathered per term from the documents in account order, which gives that order
 * without comparing half a million postings (a bulk build writes 25,000 documents at a time).
 */
export function postingsInKeyOrder(
  docs: readonly { accountId: number; terms: Iterable<readonly [term: string, weight: number]> }[],
  termIds: ReadonlyMap<string, number>,
): { term_id: number; account_id: number; weight: number }[] {
  const byAccount = docs.every((d, i) => i === 0 || docs[i - 1]!.accountId < d.accountId)
    ? docs
    : [...docs].sort((a, b) => a.accountId - b.accountId);
  // term id → its accounts and weights, alternating, in account order.
  const byTerm = new Map<number, number[]>();
  for (const d of byAccount) {
    for (const [term, weight] of d.terms) {
      const id = termIds.get(term)!;
      const list = byTerm.get(id);
      if (list) list.push(d.accountId, weight);
      else byTerm.set(id, [d.accountId, weight]);
    }
  }
  const postings: { term_id: number; account_id: number; weight: number }[] = [];
  for (const id of [...byTerm.keys()].sort((a, b) => a - b)) {
    const list = byTerm.get(id)!;
    for (let i = 0; i < list.length; i += 2) postings.push({ term_id: id, account_id: list[i]!, weight: list[i + 1]! });
  }
  return postings;
}
