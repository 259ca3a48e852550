// The brief's hard filters, one column at a time: each pass reads one column over the surviving rows
// and compacts them in place, so a selective filter shrinks the work of every later one and each
// loop is a tight typed-array loop. Same tests, same NaN rules as the per-row filters they replaced.
import type { CompiledBrief } from './compile-brief.ts';
import type { ScanIndex } from './scan-index.ts';

/** A lookup table over small dictionary ids (countries, languages, platforms, tiers). */
function maskOf(ids: Iterable<number>, size: number): Uint8Array {
  const mask = new Uint8Array(size + 1);
  for (const id of ids) if (id >= 0 && id <= size) mask[id] = 1;
  return mask;
}

/** Keeps the rows whose value passes `min ≤ value ≤ max`; a NaN value passes only when `nanPasses`. */
function keepInRange(rows: Int32Array, n: number, column: Float64Array, min: number, max: number, nanPasses: boolean) {
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    const v = column[row]!;
    if ((v >= min && v <= max) || (nanPasses && Number.isNaN(v))) rows[kept++] = row;
  }
  return kept;
}

function keepMasked(rows: Int32Array, n: number, column: Uint8Array | Uint16Array, mask: Uint8Array): number {
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    if (mask[column[row]!] === 1) rows[kept++] = row;
  }
  return kept;
}

/** Filters rows[0..n) in place; returns how many pass. */
export function filterRows(index: ScanIndex, plan: CompiledBrief, rows: Int32Array, n: number): number {
  const inf = Number.POSITIVE_INFINITY;
  if (plan.platforms) n = keepMasked(rows, n, index.platform.data, maskOf(trueAt(plan.platforms), 255));
  if (plan.tiers) n = keepMasked(rows, n, index.tier.data, maskOf(trueAt(plan.tiers), 255));
  if (plan.followersMin > -inf || plan.followersMax < inf)
    n = keepInRange(rows, n, index.followers.data, plan.followersMin, plan.followersMax, false);
  // A score that is insufficient data (NaN) fails a minimum unless the brief opts in.
  const nanPasses = plan.includeInsufficientData;
  if (plan.minAuthenticity !== null)
    n = keepInRange(rows, n, index.authenticity.data, plan.minAuthenticity, inf, nanPasses);
  // An unknown sponsored share is no evidence of ads: it passes.
  if (plan.maxSponsoredShare !== null)
    n = keepInRange(rows, n, index.sponsoredShare.data, -inf, plan.maxSponsoredShare, true);
  if (plan.minEngagementPercentile !== null)
    n = keepInRange(rows, n, index.erPercentile.data, plan.minEngagementPercentile, inf, nanPasses);
  if (plan.minReplyRate !== null) n = keepInRange(rows, n, index.replyRate.data, plan.minReplyRate, inf, nanPasses);
  if (plan.growthMin !== null || plan.growthMax !== null)
    n = keepInRange(rows, n, index.growth30d.data, plan.growthMin ?? -inf, plan.growthMax ?? inf, false);
  if (!plan.includeDemo) n = keepMasked(rows, n, index.isDemo.data, Uint8Array.of(1, 0));
  if (plan.hasEmail !== null) n = keepEmail(index, plan, rows, n, plan.hasEmail);
  if (plan.postedAfter !== null) n = keepInRange(rows, n, index.lastPosted.data, plan.postedAfter, inf, false);
  if (plan.creatorCountries)
    n = keepMasked(rows, n, index.creatorCountry.data, maskOf(plan.creatorCountries, index.countries.values.length));
  if (plan.languages)
    n = keepMasked(rows, n, index.language.data, maskOf(plan.languages, index.languages.values.length));
  if (plan.excludedBrands) n = dropBrands(index, plan.excludedBrands, rows, n);
  if (plan.excludedAccounts.size > 0) {
    let kept = 0;
    const ids = index.accountId.data;
    for (let i = 0; i < n; i++) if (!plan.excludedAccounts.has(ids[rows[i]!]!)) rows[kept++] = rows[i]!;
    n = kept;
  }
  return n;
}

const trueAt = (flags: readonly boolean[]) => flags.flatMap((on, i) => (on ? [i] : []));

/** An email in the shared layer, or in the reading workspace's own layer, counts. */
function keepEmail(index: ScanIndex, plan: CompiledBrief, rows: Int32Array, n: number, wanted: boolean) {
  const column = index.hasEmail.data;
  const ids = index.accountId.data;
  const own = plan.emailAccounts;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    const has = column[row] === 1 || (own.size > 0 && own.has(ids[row]!));
    if (has === wanted) rows[kept++] = row;
  }
  return kept;
}

function dropBrands(index: ScanIndex, brands: Set<number>, rows: Int32Array, n: number): number {
  const mask = maskOf(brands, index.brands.values.length);
  const start = index.brandStart.data;
  const count = index.brandCount.data;
  const ids = index.brandIds.data;
  let kept = 0;
  next: for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    const s = start[row]!;
    for (let j = 0; j < count[row]!; j++) if (mask[ids[s + j]!] === 1) continue next;
    rows[kept++] = row;
  }
  return kept;
}
