// Okapi BM25 with the usual constants. Both the in-memory index and the SQL baseline use exactly
// this formula, so their rankings can be compared.
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** Inverse document frequency: ln(1 + (N − df + 0.5) / (df + 0.5)), never negative. */
export function idf(documents: number, documentFrequency: number): number {
  return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** One term's contribution to a document's score. */
export function bm25Term(
  termFrequency: number,
  idfValue: number,
  documentLength: number,
  averageLength: number,
): number {
  const norm = BM25_K1 * (1 - BM25_B + (BM25_B * documentLength) / averageLength);
  return (idfValue * termFrequency * (BM25_K1 + 1)) / (termFrequency + norm);
}
