// The brief's hard filters, one column at a time: each pass reads one column over the surviving rows
// and compacts them in place, so a selective filter shrinks the work of every later one and each
// loop is a tight typed-array loop. Same tests, same NaN rules as the per-row filters they replaced.
import type { CompiledBrief } from './compile-brief.ts';
import { isLiveFor, type ScanIndex } from './scan-index.ts';

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

/**
 * Filters rows[0..n) in place; returns how many pass. `sized`: the rows already passed the platform,
 * size, metric, recency, creator country and language filters (liveRowsPassing), only the others are left.
 */
export function filterRows(index: ScanIndex, plan: CompiledBrief, rows: Int32Array, n: number, sized = false): number {
  const inf = Number.POSITIVE_INFINITY;
  if (!sized) {
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
  }
  if (!plan.includeDemo) n = keepMasked(rows, n, index.isDemo.data, Uint8Array.of(1, 0));
  if (plan.hasEmail !== null) n = keepEmail(index, plan, rows, n, plan.hasEmail);
  if (!sized) {
    if (plan.postedAfter !== null) n = keepInRange(rows, n, index.lastPosted.data, plan.postedAfter, inf, false);
    if (plan.creatorCountries)
      n = keepMasked(rows, n, index.creatorCountry.data, maskOf(plan.creatorCountries, index.countries.values.length));
    if (plan.languages)
      n = keepMasked(rows, n, index.language.data, maskOf(plan.languages, index.languages.values.length));
  }
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

/**
 * Appends to rows[0..n) the live rows of [from, to) that pass the platform, size, metric, recency, creator
 * country and language filters, in
 * one pass over the range (the first filters of a brief without a niche see every row, and a list of
 * every live row written and re-read by each of them cost more than the tests); returns the new count.
 * The same tests, the same NaN rules.
 */
export function liveRowsPassing(
  index: ScanIndex,
  plan: CompiledBrief,
  rows: Int32Array,
  from: number,
  to: number,
  n: number,
): number {
  const inf = Number.POSITIVE_INFINITY;
  const alive = index.alive.data;
  const platformMask = plan.platforms ? maskOf(trueAt(plan.platforms), 255) : null;
  const tierMask = plan.tiers ? maskOf(trueAt(plan.tiers), 255) : null;
  const platform = index.platform.data;
  const tier = index.tier.data;
  const sized = plan.followersMin > -inf || plan.followersMax < inf;
  const followers = index.followers.data;
  const [fMin, fMax] = [plan.followersMin, plan.followersMax];
  const nanPasses = plan.includeInsufficientData;
  const authenticity = plan.minAuthenticity !== null ? index.authenticity.data : null;
  const minAuthenticity = plan.minAuthenticity ?? 0;
  const sponsored = plan.maxSponsoredShare !== null ? index.sponsoredShare.data : null;
  const maxSponsored = plan.maxSponsoredShare ?? 0;
  const percentile = plan.minEngagementPercentile !== null ? index.erPercentile.data : null;
  const minPercentile = plan.minEngagementPercentile ?? 0;
  const reply = plan.minReplyRate !== null ? index.replyRate.data : null;
  const minReply = plan.minReplyRate ?? 0;
  const growth = plan.growthMin !== null || plan.growthMax !== null ? index.growth30d.data : null;
  const [gMin, gMax] = [plan.growthMin ?? -inf, plan.growthMax ?? inf];
  const posted = plan.postedAfter !== null ? index.lastPosted.data : null;
  const postedAfter = plan.postedAfter ?? 0;
  const country = index.creatorCountry.data;
  const countryMask = plan.creatorCountries ? maskOf(plan.creatorCountries, index.countries.values.length) : null;
  const language = index.language.data;
  const languageMask = plan.languages ? maskOf(plan.languages, index.languages.values.length) : null;
  const tested = platformMask || tierMask || sized || authenticity || sponsored || percentile || reply || growth;
  if (!tested && !posted && !countryMask && !languageMask) {
    // Nothing to test but liveness: the tests' flags in the loop below would cost more than it does.
    for (let row = from; row < to; row++) if (isLiveFor(index, alive, row)) rows[n++] = row;
    return n;
  }
  for (let row = from; row < to; row++) {
    if (!isLiveFor(index, alive, row)) continue;
    if (tierMask && tierMask[tier[row]!] === 0) continue;
    if (platformMask && platformMask[platform[row]!] === 0) continue;
    if (sized) {
      const v = followers[row]!;
      if (!(v >= fMin && v <= fMax)) continue;
    }
    // A score that is insufficient data (NaN) fails a minimum unless the brief opts in.
    if (authenticity) {
      const v = authenticity[row]!;
      if (!(v >= minAuthenticity || (nanPasses && Number.isNaN(v)))) continue;
    }
    // An unknown sponsored share is no evidence of ads: it passes.
    if (sponsored) {
      const v = sponsored[row]!;
      if (v > maxSponsored) continue;
    }
    if (percentile) {
      const v = percentile[row]!;
      if (!(v >= minPercentile || (nanPasses && Number.isNaN(v)))) continue;
    }
    if (reply) {
      const v = reply[row]!;
      if (!(v >= minReply || (nanPasses && Number.isNaN(v)))) continue;
    }
    if (growth) {
      const v = growth[row]!;
      if (!(v >= gMin && v <= gMax)) continue;
    }
    if (posted && !(posted[row]! >= postedAfter)) continue;
    if (countryMask && countryMask[country[row]!] !== 1) continue;
    if (languageMask && languageMask[language[row]!] !== 1) continue;
    rows[n++] = row;
  }
  return n;
}
