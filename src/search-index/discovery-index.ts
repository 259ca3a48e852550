// The in-memory discovery index: one row per account in column arrays (fast scans over a million
// rows), posting lists per term and per niche category, and per-row slices for variable-length data.
// Rows are append-only: an updated account gets a new row and its old row is marked dead, so a
// running server absorbs imports without a rebuild.
// Consistency with scans running on other threads (scan-pool.ts): a scan is handed the row count and
// the removal count at its start and reads only rows below that count, none of which is ever written
// again except its death (diedAt, then alive, two single-slot writes). A row that died after the scan
// began is still live to it, so every scan answers from the index exactly as it was when it began.
import { isoMillis } from '../core/time/iso-millis.ts';
import { AGE_BANDS, GENDERS } from '../core/discovery/brief.ts';
import { PLATFORMS } from '../core/creators/creator-record.ts';
import { TIER_NAMES, type TierName } from '../core/creators/tiers.ts';
import { Growable } from './growable.ts';
import { audienceBounds, audienceShareBytes, componentBounds, cpeFloor, defaultWeightedBound } from './score-bound.ts';
import type { IndexRow } from '../storage/discovery/index-row.ts';

export const AGE_GENDER_CELLS = AGE_BANDS.flatMap((age) => GENDERS.map((gender) => `${age}:${gender}`));
const CELL_INDEX = new Map(AGE_GENDER_CELLS.map((key, i) => [key, i]));
export const SOURCE_CODE = { none: 0, estimated: 1, verified: 2 } as const;

/** Interns strings as small integers (countries, languages, brands, categories). */
class Dictionary {
  readonly ids = new Map<string, number>();
  readonly values: string[] = [''];
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

export class Postings {
  readonly rows = new Growable(Int32Array, 8);
  readonly weights = new Growable(Uint16Array, 8);
  /** Live documents containing the term (the BM25 df). */
  df = 0;
}

export class DiscoveryIndex {
  readonly countries = new Dictionary();
  readonly languages = new Dictionary();
  readonly brands = new Dictionary();
  readonly categories = new Dictionary();
  /** Creator countries as given (the filter's dictionary, `countries`, holds them upper-cased). */
  readonly countryLabels = new Dictionary();
  readonly handles: string[] = [];

  readonly accountId = new Growable(Int32Array);
  readonly creatorId = new Growable(Int32Array);
  readonly alive = new Growable(Uint8Array);
  /** The removal (1, 2, …; see `writes`) that killed the row; 0 while alive. */
  readonly diedAt = new Growable(Float64Array);
  readonly platform = new Growable(Uint8Array);
  readonly tier = new Growable(Uint8Array);
  readonly followers = new Growable(Float64Array);
  readonly creatorCountry = new Growable(Uint16Array);
  readonly creatorCountryLabel = new Growable(Uint16Array);
  readonly language = new Growable(Uint16Array);
  readonly hasEmail = new Growable(Uint8Array);
  readonly isDemo = new Growable(Uint8Array);
  readonly erFollowers = new Growable(Float64Array);
  readonly erPercentile = new Growable(Float64Array);
  readonly replyRate = new Growable(Float64Array);
  readonly authenticity = new Growable(Float64Array);
  readonly sponsoredShare = new Growable(Float64Array);
  readonly growth30d = new Growable(Float64Array);
  readonly lastPosted = new Growable(Float64Array);
  readonly expectedViews = new Growable(Float64Array);
  readonly medianViews = new Growable(Float64Array);
  /**
   * What a result shows as the name (IndexRow.displayName; see displayName()) as UTF-8: nameLength bytes
   * (−1: none) from nameStart. Bytes, not strings: a million more strings on the heap made every garbage
   * collection of the main thread longer, and its marking took cores from the scans (search p95 +2 ms).
   */
  readonly nameBytes = new Growable(Uint8Array, 65536);
  readonly nameStart = new Growable(Uint32Array);
  readonly nameLength = new Growable(Int32Array);
  readonly priceMidUsd = new Growable(Float64Array);
  readonly docLength = new Growable(Float64Array);
  /** The scan's cheap score bound (score-bound.ts): 4 component bounds a row, and a cost per engagement floor. */
  readonly componentBounds = new Growable(Uint8Array, 4096);
  readonly cpeFloor = new Growable(Float32Array);
  /** Those four bounds summed at the default weights (score-bound.ts): one read a row for most briefs. */
  readonly defaultBound = new Growable(Float32Array);
  readonly audienceBounds = new Growable(Uint8Array, 16384);
  /** Each row's age × gender cells and slotted countries as bytes (score-bound.ts): tight bounds of a segment's match. */
  readonly audienceShares = new Growable(Uint8Array, 65536);

  // Per-row slices: start offset and count into the flat arrays.
  readonly termStart = new Growable(Uint32Array);
  readonly termCount = new Growable(Uint16Array);
  readonly termIds = new Growable(Int32Array);
  readonly termWeights = new Growable(Uint16Array);
  readonly brandStart = new Growable(Uint32Array);
  readonly brandCount = new Growable(Uint16Array);
  readonly brandIds = new Growable(Int32Array);
  readonly nicheStart = new Growable(Uint32Array);
  readonly nicheCount = new Growable(Uint8Array);
  readonly nicheIds = new Growable(Uint16Array);
  readonly nicheConfidence = new Growable(Float64Array);
  readonly countryStart = new Growable(Uint32Array);
  readonly countryCount = new Growable(Uint16Array);
  readonly countryIds = new Growable(Uint16Array);
  readonly countryShares = new Growable(Float64Array);
  readonly countrySource = new Growable(Uint8Array);
  readonly countrySample = new Growable(Float64Array);
  /** 21 shares per row (AGE_GENDER_CELLS order) when the row has an age × gender distribution. */
  readonly ageGenderStart = new Growable(Int32Array);
  readonly ageGender = new Growable(Float64Array);
  readonly ageGenderSource = new Growable(Uint8Array);
  readonly ageGenderSample = new Growable(Float64Array);

  readonly postings = new Map<number, Postings>();
  readonly categoryRows = new Map<number, Growable<Int32Array>>();
  readonly rowOfAccount = new Map<number, number>();
  /**
   * Rows [0, sortedRows) hold known follower counts in ascending order (a build adds accounts in that
   * order, load-index-rows.ts): a brief's follower range is then one slice of them (scan-ranges.ts).
   * Rows added later (updates, imports) follow in any order and end the run.
   */
  sortedRows = 0;
  /** The smallest and largest follower count each tier code was seen with ([2t], [2t + 1]); dead rows included. */
  readonly tierFollowers = Float64Array.from({ length: 2 * (TIER_NAMES.length + 1) }, (_, i) =>
    i % 2 === 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY,
  );
  live = 0;
  /** Removals so far: a scan that began at `writes = w` still sees a row whose diedAt > w. */
  writes = 0;
  totalDocLength = 0;
  revision = 0;

  get rows(): number {
    return this.accountId.length;
  }

  get averageDocLength(): number {
    return this.live === 0 ? 0 : this.totalDocLength / this.live;
  }

  /** Adds an account (replacing its previous row, if any). */
  upsert(r: IndexRow): void {
    this.remove(r.accountId);
    const row = this.accountId.push(r.accountId);
    this.rowOfAccount.set(r.accountId, row);
    this.handles[row] = r.handle;
    this.pushName(r.displayName);
    this.creatorId.push(r.creatorId);
    this.alive.push(1);
    this.diedAt.push(0);
    this.platform.push(PLATFORMS.indexOf(r.platform));
    this.tier.push(r.tier === null ? 0 : TIER_NAMES.indexOf(r.tier as never) + 1);
    this.followers.push(r.followers ?? Number.NaN);
    this.creatorCountry.push(r.creatorCountry ? this.countries.id(r.creatorCountry.toUpperCase()) : 0);
    this.creatorCountryLabel.push(r.creatorCountry === null ? 0 : this.countryLabels.id(r.creatorCountry));
    this.language.push(r.language ? this.languages.id(r.language.toLowerCase()) : 0);
    this.hasEmail.push(r.hasEmail ? 1 : 0);
    this.isDemo.push(r.isDemo ? 1 : 0);
    this.erFollowers.push(r.erFollowers ?? Number.NaN);
    this.erPercentile.push(r.erPercentile ?? Number.NaN);
    this.replyRate.push(r.replyRate ?? Number.NaN);
    this.authenticity.push(r.authenticity ?? Number.NaN);
    this.sponsoredShare.push(r.sponsoredShare ?? Number.NaN);
    this.growth30d.push(r.growth30d ?? Number.NaN);
    this.lastPosted.push(r.lastPostedAt ? isoMillis(r.lastPostedAt) : Number.NaN);
    this.expectedViews.push(r.expectedViews ?? Number.NaN);
    this.medianViews.push(r.medianViews ?? Number.NaN);
    this.priceMidUsd.push(r.priceMidUsd ?? Number.NaN);
    this.docLength.push(r.docLength);
    const bounds = componentBounds(
      r.erPercentile ?? Number.NaN,
      r.replyRate ?? Number.NaN,
      r.authenticity ?? Number.NaN,
      r.sponsoredShare ?? Number.NaN,
    );
    for (const b of bounds) this.componentBounds.push(b);
    this.defaultBound.push(defaultWeightedBound(bounds));
    this.cpeFloor.push(cpeFloor(r.priceMidUsd ?? Number.NaN, r.erFollowers ?? Number.NaN, r.followers ?? Number.NaN));

    this.termStart.push(this.termIds.length);
    this.termCount.push(r.terms.length);
    for (const [termId, weight] of r.terms) {
      this.termIds.push(termId);
      this.termWeights.push(weight);
      let p = this.postings.get(termId);
      if (!p) this.postings.set(termId, (p = new Postings()));
      p.rows.push(row);
      p.weights.push(weight);
      p.df += 1;
    }
    this.brandStart.push(this.brandIds.length);
    this.brandCount.push(r.sponsoredBrands.length);
    for (const b of r.sponsoredBrands) this.brandIds.push(this.brands.id(b.toLowerCase()));
    this.nicheStart.push(this.nicheIds.length);
    this.nicheCount.push(r.niches.length);
    for (const [category, confidence] of r.niches) {
      const id = this.categories.id(category);
      this.nicheIds.push(id);
      this.nicheConfidence.push(confidence);
      let rows = this.categoryRows.get(id);
      if (!rows) this.categoryRows.set(id, (rows = new Growable(Int32Array, 64)));
      rows.push(row);
    }
    this.countryStart.push(this.countryIds.length);
    this.countryCount.push(r.countries?.shares.length ?? 0);
    this.countrySource.push(r.countries ? SOURCE_CODE[r.countries.source] : 0);
    this.countrySample.push(r.countries?.sampleSize ?? Number.NaN);
    for (const [code, share] of r.countries?.shares ?? []) {
      this.countryIds.push(this.countries.id(code.toUpperCase()));
      this.countryShares.push(share);
    }
    this.ageGenderSource.push(r.ageGender ? SOURCE_CODE[r.ageGender.source] : 0);
    this.ageGenderSample.push(r.ageGender?.sampleSize ?? Number.NaN);
    if (r.ageGender) {
      const start = this.ageGender.reserve(AGE_GENDER_CELLS.length);
      this.ageGender.data.fill(0, start, start + AGE_GENDER_CELLS.length);
      for (const [key, share] of r.ageGender.shares) {
        const cell = CELL_INDEX.get(key);
        if (cell !== undefined) this.ageGender.data[start + cell]! += share;
      }
      this.ageGenderStart.push(start);
    } else {
      this.ageGenderStart.push(-1);
    }
    const end = this.ageGender.length;
    const cells = r.ageGender ? this.ageGender.data.subarray(end - AGE_GENDER_CELLS.length, end) : null;
    for (const b of audienceBounds(cells, r.countries?.shares ?? null)) this.audienceBounds.push(b);
    const countryStart = this.countryStart.data[row]!;
    const countryIds = this.countryIds.data.subarray(countryStart, countryStart + this.countryCount.data[row]!);
    const countryShares = this.countryShares.data.subarray(countryStart, countryStart + countryIds.length);
    const countries = Array.from(countryIds, (id, i) => [id, countryShares[i]!] as const);
    for (const b of audienceShareBytes(cells, countries)) this.audienceShares.push(b);
    this.noteFollowers(row);
    this.live += 1;
    this.totalDocLength += r.docLength;
    this.revision = Math.max(this.revision, r.revision);
  }

  /** The tier of a row (`tier` holds 0 for none, else its position in TIER_NAMES plus one). */
  tierName(row: number): TierName | null {
    const code = this.tier.data[row]!;
    return code === 0 ? null : TIER_NAMES[code - 1]!;
  }

  /** The creator's country of a row as given (`creatorCountryLabel` holds 0 for none). */
  countryLabel(row: number): string | null {
    const id = this.creatorCountryLabel.data[row]!;
    return id === 0 ? null : this.countryLabels.values[id]!;
  }

  /** The display name of a row (what a result shows). */
  displayName(row: number): string | null {
    const length = this.nameLength.data[row]!;
    if (length < 0) return null;
    const bytes = this.nameBytes.data;
    // (a TextDecoder refuses shared memory; a Buffer reads it)
    return Buffer.from(bytes.buffer, bytes.byteOffset + this.nameStart.data[row]!, length).toString('utf8');
  }

  private pushName(name: string | null): void {
    if (name === null) {
      this.nameStart.push(0);
      this.nameLength.push(-1);
      return;
    }
    const length = Buffer.byteLength(name, 'utf8');
    const start = this.nameBytes.reserve(length);
    const bytes = this.nameBytes.data;
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).write(name, start, length, 'utf8');
    this.nameStart.push(start);
    this.nameLength.push(length);
  }

  /** Extends the ascending run (sortedRows) and the tier's follower range with a new row (upsert; a restored snapshot). */
  noteFollowers(row: number): void {
    const followers = this.followers.data;
    const f = followers[row]!;
    if (Number.isNaN(f)) return;
    const at = 2 * this.tier.data[row]!;
    if (f < this.tierFollowers[at]!) this.tierFollowers[at] = f;
    if (f > this.tierFollowers[at + 1]!) this.tierFollowers[at + 1] = f;
    if (this.sortedRows === row && (row === 0 || f >= followers[row - 1]!)) this.sortedRows = row + 1;
  }

  /** Marks an account's row dead (its postings stay but are skipped; df and lengths are corrected). */
  remove(accountId: number): void {
    const row = this.rowOfAccount.get(accountId);
    if (row === undefined || this.alive.data[row] === 0) return;
    this.writes += 1;
    this.diedAt.data[row] = this.writes;
    // Stored after diedAt: a scan that reads the 0 (atomically, see isLiveFor) also reads the diedAt.
    Atomics.store(this.alive.data, row, 0);
    this.rowOfAccount.delete(accountId);
    const start = this.termStart.data[row]!;
    for (let i = 0; i < this.termCount.data[row]!; i++) this.postings.get(this.termIds.data[start + i]!)!.df -= 1;
    this.live -= 1;
    this.totalDocLength -= this.docLength.data[row]!;
  }
}
