// The answer of one scan over every row, from the answers of scans over disjoint ranges of rows: the
// totals add up, and the k best of the whole are among the k best of each range (rank: score desc,
// then account id asc, the TopK order; an account has one live row, so no two winners tie).
import type { ScanResult } from './search-index.ts';

export function mergeScans(parts: readonly ScanResult[], limit: number): ScanResult {
  const top = parts
    .flatMap((p) => p.top)
    .sort((a, b) => b.score - a.score || a.accountId - b.accountId)
    .slice(0, limit);
  return { total: parts.reduce((sum, p) => sum + p.total, 0), top };
}
