// The discovery benchmark's second baseline: DuckDB (embedded, columnar, vectorised, multi-threaded)
// over the same rows the index holds, copied out of the index itself (so both see exactly the same
// accounts, the same chosen audience distributions and the same dictionary ids), asked the same
// compiled brief with the same formula, and given the same precomputed statistics (each query term's
// idf, the average document length). Age × gender shares are one column per cell, as a columnar
// engine would store them; countries, terms, niches and brands are long tables.
import { mkdtempSync, rmSync } from 'node:fs';
import { createWriteStream, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { FIT_COMPONENTS } from '../../src/core/discovery/brief.ts';
import {
  AUTHENTICITY_FLOOR,
  CPE_REFERENCE_USD,
  ESTIMATED_AUDIENCE_WEIGHT,
  FULL_FATIGUE_SHARE,
  FULL_REPLY_RATE,
  NEUTRAL,
} from '../../src/core/discovery/fit/fit-components.ts';
import { BM25_B, BM25_K1 } from '../../src/core/discovery/text/bm25.ts';
import type { CompiledBrief } from '../../src/search-index/compile-brief.ts';
import { AGE_GENDER_CELLS, type DiscoveryIndex } from '../../src/search-index/discovery-index.ts';

export interface DuckAnswer {
  rows: { account_id: number; fit: number }[];
  total: number;
}

export class DuckBaseline {
  private constructor(
    private readonly connection: DuckDBConnection,
    private readonly averageLength: number,
  ) {}

  /** Copies the index's live rows into DuckDB (through CSV files, DuckDB's fastest bulk path). */
  static async load(index: DiscoveryIndex, threads: number): Promise<DuckBaseline> {
    const dir = mkdtempSync(join(tmpdir(), 'bench-duckdb-'));
    try {
      await writeTables(index, dir);
      const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
      const connection = await instance.connect();
      const cells = AGE_GENDER_CELLS.map((_, i) => `ag${i} DOUBLE`).join(', ');
      const load = (table: string, columns: string) =>
        connection.run(
          `CREATE TABLE ${table} AS SELECT * FROM read_csv('${join(dir, `${table}.csv`)}', header = false, nullstr = '', columns = {${columns
            .split(', ')
            .map((c) => {
              const [name, type] = c.split(' ');
              return `'${name}': '${type}'`;
            })
            .join(', ')}})`,
        );
      await load(
        'acc',
        `account_id INTEGER, platform INTEGER, tier INTEGER, followers DOUBLE, creator_country INTEGER, language INTEGER, has_email INTEGER, is_demo INTEGER, er_followers DOUBLE, er_percentile DOUBLE, reply_rate DOUBLE, authenticity DOUBLE, sponsored_share DOUBLE, growth_30d DOUBLE, last_posted DOUBLE, price_mid_usd DOUBLE, doc_length DOUBLE, ag_source INTEGER, co_source INTEGER, ${cells}`,
      );
      await load('terms', 'account_id INTEGER, term_id INTEGER, weight DOUBLE');
      await load('niches', 'account_id INTEGER, category INTEGER, confidence DOUBLE');
      await load('brands', 'account_id INTEGER, brand INTEGER');
      await load('countries', 'account_id INTEGER, country INTEGER, share DOUBLE');
      return new DuckBaseline(connection, index.averageDocLength || 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async search(plan: CompiledBrief): Promise<DuckAnswer> {
    const reader = await this.connection.runAndReadAll(duckQuery(plan, this.averageLength));
    const rows = reader
      .getRowObjects()
      .map((r) => ({ account_id: Number(r.account_id), fit: Number(r.fit), total: Number(r.total) }));
    return { rows: rows.map(({ account_id, fit }) => ({ account_id, fit })), total: rows[0]?.total ?? 0 };
  }
}

const num = (x: number) => (Number.isFinite(x) ? String(x) : x > 0 ? "'infinity'::DOUBLE" : "'-infinity'::DOUBLE");
const ids = (xs: Iterable<number>) => {
  const list = [...xs];
  return list.length ? list.join(', ') : 'NULL';
};
// DuckDB's least() and greatest() skip NULLs (least(1, NULL) = 1), so unknowns are handled first.
const orNeutral = (column: string, value: string) => `(CASE WHEN ${column} IS NULL THEN ${NEUTRAL} ELSE ${value} END)`;
const trueAt = (flags: readonly boolean[]) => flags.flatMap((on, i) => (on ? [i] : []));

/** One SELECT for a compiled brief: the index's filters and fit formula, column for column. */
export function duckQuery(plan: CompiledBrief, averageLength: number): string {
  if (plan.similarTo) throw new Error('the DuckDB baseline has no lookalike mode (the benchmark briefs have no seeds)');
  const f: string[] = ['true'];
  const atLeast = (column: string, min: number) =>
    plan.includeInsufficientData ? `(${column} >= ${min} OR ${column} IS NULL)` : `${column} >= ${min}`;
  if (plan.platforms) f.push(`a.platform IN (${ids(trueAt(plan.platforms))})`);
  if (plan.tiers) f.push(`a.tier IN (${ids(trueAt(plan.tiers))})`);
  if (plan.followersMin > Number.NEGATIVE_INFINITY || plan.followersMax < Number.POSITIVE_INFINITY)
    f.push(`a.followers >= ${num(plan.followersMin)} AND a.followers <= ${num(plan.followersMax)}`);
  if (plan.minAuthenticity !== null) f.push(atLeast('a.authenticity', plan.minAuthenticity));
  if (plan.maxSponsoredShare !== null)
    f.push(`(a.sponsored_share IS NULL OR a.sponsored_share <= ${plan.maxSponsoredShare})`);
  if (plan.minEngagementPercentile !== null) f.push(atLeast('a.er_percentile', plan.minEngagementPercentile));
  if (plan.minReplyRate !== null) f.push(atLeast('a.reply_rate', plan.minReplyRate));
  if (plan.growthMin !== null || plan.growthMax !== null)
    f.push(
      `a.growth_30d >= ${num(plan.growthMin ?? -Infinity)} AND a.growth_30d <= ${num(plan.growthMax ?? Infinity)}`,
    );
  if (!plan.includeDemo) f.push('a.is_demo = 0');
  if (plan.hasEmail !== null) {
    const own = plan.emailAccounts.size ? ` OR a.account_id IN (${ids(plan.emailAccounts)})` : '';
    f.push(`${plan.hasEmail ? '' : 'NOT '}(a.has_email = 1${own})`);
  }
  if (plan.postedAfter !== null) f.push(`a.last_posted >= ${plan.postedAfter}`);
  if (plan.creatorCountries) f.push(`a.creator_country IN (${ids(plan.creatorCountries)})`);
  if (plan.languages) f.push(`a.language IN (${ids(plan.languages)})`);
  if (plan.excludedBrands)
    f.push(
      `NOT EXISTS (SELECT 1 FROM brands b WHERE b.account_id = a.account_id AND b.brand IN (${ids(plan.excludedBrands)}))`,
    );
  if (plan.excludedAccounts.size) f.push(`a.account_id NOT IN (${ids(plan.excludedAccounts)})`);
  if (plan.niche) f.push('(t.bm25 IS NOT NULL OR cat.confidence IS NOT NULL)');

  const terms = plan.terms.filter((t) => t.id !== undefined && t.postings);
  const q = terms.length
    ? `SELECT * FROM (VALUES ${terms.map((t) => `(${t.id}, ${t.weight}, ${t.idf})`).join(', ')}) q(term_id, qw, idf)`
    : 'SELECT 0 AS term_id, 0.0 AS qw, 0.0 AS idf WHERE false';
  const text = `CASE WHEN (SELECT max(bm25) FROM text_scores) > 0 THEN coalesce(t.bm25 / (SELECT max(bm25) FROM text_scores), 0) ELSE 0 END`;
  const category = 'coalesce(cat.confidence, 0)';
  const niche = !plan.niche
    ? '0'
    : plan.terms.length > 0 && plan.categories
      ? `0.5 * ${text} + 0.5 * ${category}`
      : plan.categories
        ? category
        : text;
  const audience = plan.audience;
  const ag = audience?.cells
    ? `CASE WHEN a.ag_source > 0 THEN ${audience.cells.length ? audience.cells.map((c) => `a.ag${c}`).join(' + ') : '0.0'} END`
    : '1.0';
  const co = audience?.countries ? 'CASE WHEN a.co_source > 0 THEN coalesce(co.share, 0.0) END' : '1.0';
  const verified = [
    audience?.cells ? 'a.ag_source = 2' : 'true',
    audience?.countries ? 'a.co_source = 2' : 'true',
  ].join(' AND ');
  const w = FIT_COMPONENTS.map((c) => plan.weights[c]);
  const weightSum = w.reduce((s, x) => s + x, 0);
  const price = `(a.price_mid_usd * ${plan.calibration})`;
  const engagements = 'coalesce(a.er_followers * a.followers, 0)';
  const budget = plan.budgetUsd;
  const cost = `CASE WHEN a.price_mid_usd IS NULL OR ${engagements} <= 0 OR ${price} <= 0 THEN 0
    ELSE (1.0 / (1.0 + (${price} / ${engagements}) / ${CPE_REFERENCE_USD}))${budget === null ? '' : ` * (CASE WHEN ${price} > ${budget} THEN ${budget} / ${price} ELSE 1.0 END)`} END`;
  const fit =
    weightSum === 0
      ? '0.0'
      : `(${w[0]} * niche
      + ${w[1]} * (CASE WHEN aud_match IS NULL THEN 0 ELSE aud_match * (CASE WHEN aud_verified THEN 1.0 ELSE ${ESTIMATED_AUDIENCE_WEIGHT} END) END)
      + ${w[2]} * coalesce(er_percentile / 100.0, 0)
      + ${w[3]} * ${orNeutral('reply_rate', `least(1.0, reply_rate / ${FULL_REPLY_RATE})`)}
      + ${w[4]} * ${orNeutral('authenticity', `least(1.0, greatest(0.0, (authenticity - ${AUTHENTICITY_FLOOR}) / ${100 - AUTHENTICITY_FLOOR}.0))`)}
      + ${w[5]} * ${orNeutral('sponsored_share', `1.0 - least(1.0, sponsored_share / ${FULL_FATIGUE_SHARE})`)}
      + ${w[6]} * cost) * 100.0 / ${weightSum}`;
  const categories = plan.categories ? ids(plan.categories) : 'NULL';
  return `
    WITH q AS (${q}),
    text_scores AS (
      SELECT t.account_id, sum(q.qw * (q.idf * t.weight * ${BM25_K1 + 1})
        / (t.weight + ${BM25_K1} * (1 - ${BM25_B} + ${BM25_B} * a.doc_length / ${averageLength}))) AS bm25
      FROM terms t JOIN q ON q.term_id = t.term_id JOIN acc a ON a.account_id = t.account_id
      GROUP BY t.account_id
    ),
    co AS (SELECT account_id, sum(share) AS share FROM countries WHERE country IN (${audience?.countries ? ids(audience.countries) : 'NULL'}) GROUP BY account_id),
    base AS (
      SELECT a.*, ${niche} AS niche, ${cost} AS cost,
        CASE WHEN (${ag}) IS NOT NULL AND (${co}) IS NOT NULL THEN least(1.0, (${ag}) * (${co})) END AS aud_match,
        -- As in the index: a missing age × gender distribution leaves the country part unknown too.
        CASE WHEN (${ag}) IS NOT NULL THEN (${co}) END AS co_share, ${verified} AS aud_verified
      FROM acc a
      LEFT JOIN text_scores t ON t.account_id = a.account_id
      LEFT JOIN (SELECT account_id, max(confidence) AS confidence FROM niches WHERE category IN (${categories}) GROUP BY account_id) cat
        ON cat.account_id = a.account_id
      LEFT JOIN co ON co.account_id = a.account_id
      WHERE ${f.join(' AND ')}
    ),
    scored AS (
      SELECT account_id, round((${fit}) * 1000000) / 1000000.0 AS fit FROM base
      WHERE true
      ${audience?.minMatch != null ? `AND aud_match >= ${audience.minMatch}` : ''}
      ${audience?.minCountryShare != null ? `AND co_share >= ${audience.minCountryShare}` : ''}
    )
    SELECT account_id, fit, count(*) OVER () AS total FROM scored ORDER BY fit DESC, account_id ASC LIMIT ${plan.limit}`;
}

/** Writes the live rows of the index as headerless CSV files (empty field = NULL = the index's NaN). */
async function writeTables(index: DiscoveryIndex, dir: string): Promise<void> {
  const open = (name: string) => createWriteStream(join(dir, `${name}.csv`));
  const files = {
    acc: open('acc'),
    terms: open('terms'),
    niches: open('niches'),
    brands: open('brands'),
    countries: open('countries'),
  };
  const buffers = {
    acc: [] as string[],
    terms: [] as string[],
    niches: [] as string[],
    brands: [] as string[],
    countries: [] as string[],
  };
  const v = (x: number) => (Number.isNaN(x) ? '' : String(x));
  const flush = async (force: boolean) => {
    for (const key of Object.keys(files) as (keyof typeof files)[]) {
      if (buffers[key].length < 50_000 && !force) continue;
      await write(files[key], buffers[key].join(''));
      buffers[key] = [];
    }
  };
  const cells = AGE_GENDER_CELLS.length;
  for (let row = 0; row < index.rows; row++) {
    if (index.alive.data[row] === 0) continue;
    const id = index.accountId.data[row]!;
    const agStart = index.ageGenderStart.data[row]!;
    const ag = Array.from({ length: cells }, (_, c) => (agStart < 0 ? '' : String(index.ageGender.data[agStart + c]!)));
    buffers.acc.push(
      `${[
        id,
        index.platform.data[row]!,
        index.tier.data[row]!,
        v(index.followers.data[row]!),
        index.creatorCountry.data[row]!,
        index.language.data[row]!,
        index.hasEmail.data[row]!,
        index.isDemo.data[row]!,
        v(index.erFollowers.data[row]!),
        v(index.erPercentile.data[row]!),
        v(index.replyRate.data[row]!),
        v(index.authenticity.data[row]!),
        v(index.sponsoredShare.data[row]!),
        v(index.growth30d.data[row]!),
        v(index.lastPosted.data[row]!),
        v(index.priceMidUsd.data[row]!),
        index.docLength.data[row]!,
        agStart < 0 ? 0 : index.ageGenderSource.data[row]!,
        index.countrySource.data[row]!,
        ...ag,
      ].join(',')}\n`,
    );
    const slice = (start: number, count: number, line: (i: number) => string, into: string[]) => {
      for (let i = 0; i < count; i++) into.push(`${id},${line(start + i)}\n`);
    };
    slice(
      index.termStart.data[row]!,
      index.termCount.data[row]!,
      (i) => `${index.termIds.data[i]},${index.termWeights.data[i]}`,
      buffers.terms,
    );
    slice(
      index.nicheStart.data[row]!,
      index.nicheCount.data[row]!,
      (i) => `${index.nicheIds.data[i]},${index.nicheConfidence.data[i]}`,
      buffers.niches,
    );
    slice(index.brandStart.data[row]!, index.brandCount.data[row]!, (i) => `${index.brandIds.data[i]}`, buffers.brands);
    slice(
      index.countryStart.data[row]!,
      index.countryCount.data[row]!,
      (i) => `${index.countryIds.data[i]},${index.countryShares.data[i]}`,
      buffers.countries,
    );
    if (buffers.acc.length >= 50_000) await flush(false);
  }
  await flush(true);
  await Promise.all(Object.values(files).map((s) => new Promise((done) => s.end(done))));
}

function write(stream: WriteStream, text: string): Promise<void> {
  return new Promise((done, fail) => stream.write(text, (error) => (error ? fail(error) : done())));
}
