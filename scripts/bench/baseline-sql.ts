// The discovery benchmark's baseline: a brief as ONE plain SQL statement over the same tables the
// index is built from, with the same filters and the same score expression (SQLite dialect: it uses
// ln() and json_each()). It must answer the same creators in the same order; the bench checks it.
import { sql, type RawBuilder } from 'kysely';
import { FIT_COMPONENTS, type Brief, type FitComponent } from '../../src/core/discovery/brief.ts';
import {
  AUTHENTICITY_FLOOR,
  CPE_REFERENCE_USD,
  ESTIMATED_AUDIENCE_WEIGHT,
  FULL_FATIGUE_SHARE,
  FULL_REPLY_RATE,
  NEUTRAL,
} from '../../src/core/discovery/fit/fit-components.ts';
import { BM25_B, BM25_K1 } from '../../src/core/discovery/text/bm25.ts';
import { briefTerms } from '../../src/search-index/compile-brief.ts';
import { AGE_GENDER_CELLS } from '../../src/search-index/discovery-index.ts';
import type { DB } from '../../src/storage/connect.ts';

export interface BaselineOptions {
  /** The weights the engine resolved for this brief (components the brief does not use are 0). */
  weights: Record<FitComponent, number>;
  excludedAccounts: number[];
  budgetUsd: number | null;
  calibration: number;
  /** ISO time: last_posted_within_days resolved against the same "now" as the engine. */
  postedAfter: string | null;
  /**
   * The statistics the index keeps (live documents, average document length, each query term's
   * document frequency). Given, the statement reads them instead of recomputing them per brief, so
   * the comparison is between the scans, not between a cache and a recount.
   */
  stats?: { documents: number; averageLength: number; df: ReadonlyMap<string, number> };
}

export interface BaselineRow {
  account_id: number;
  fit: number;
  total: number;
}

const list = (values: readonly (string | number)[]) => sql.join(values.map((v) => sql`${v}`));

export function baselineQuery(brief: Brief, o: BaselineOptions): RawBuilder<BaselineRow> {
  const terms = [...briefTerms(brief)];
  const categories = brief.niche?.categories ?? [];
  const niche = terms.length > 0 || categories.length > 0;
  const a = brief.audience;
  const cells =
    a && (a.genders || a.age_bands)
      ? AGE_GENDER_CELLS.filter((key) => {
          const [age, gender] = key.split(':');
          return (
            (!a.age_bands || a.age_bands.includes(age as never)) && (!a.genders || a.genders.includes(gender as never))
          );
        })
      : null;
  const countries = a?.countries ?? null;
  const w = (c: FitComponent) => o.weights[c];
  const weightSum = FIT_COMPONENTS.reduce((s, c) => s + w(c), 0);

  const filters: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (brief.platforms) filters.push(sql`m.platform in (${list(brief.platforms)})`);
  if (brief.tiers) filters.push(sql`m.tier in (${list(brief.tiers)})`);
  if (brief.followers?.min !== undefined) filters.push(sql`m.followers >= ${brief.followers.min}`);
  if (brief.followers?.max !== undefined) filters.push(sql`m.followers <= ${brief.followers.max}`);
  // Insufficient data (null) fails a minimum unless the brief opts in, as in the index.
  const atLeast = (column: string, min: number) =>
    brief.include_insufficient_data
      ? sql`(${sql.ref(column)} >= ${min} or ${sql.ref(column)} is null)`
      : sql`${sql.ref(column)} >= ${min}`;
  if (brief.min_authenticity !== undefined) filters.push(atLeast('m.authenticity_score', brief.min_authenticity));
  // Unknown sponsored share (no posts in 90 days) is no evidence of ads: it passes, as in the index.
  if (brief.max_sponsored_share !== undefined)
    filters.push(sql`(m.sponsored_share_90d is null or m.sponsored_share_90d <= ${brief.max_sponsored_share})`);
  if (brief.min_engagement_percentile !== undefined)
    filters.push(atLeast('m.er_percentile', brief.min_engagement_percentile));
  if (brief.min_reply_rate !== undefined) filters.push(atLeast('m.reply_rate', brief.min_reply_rate));
  if (brief.growth_30d)
    filters.push(
      sql`m.growth_30d >= ${brief.growth_30d.min ?? -1e308} and m.growth_30d <= ${brief.growth_30d.max ?? 1e308}`,
    );
  if (brief.has_email !== undefined)
    filters.push(
      brief.has_email ? sql`(c.email is not null and c.email <> '')` : sql`(c.email is null or c.email = '')`,
    );
  if (o.postedAfter) filters.push(sql`m.last_posted_at >= ${o.postedAfter}`);
  if (brief.creator_countries) filters.push(sql`upper(c.country) in (${list(brief.creator_countries)})`);
  if (brief.languages) filters.push(sql`lower(c.language) in (${list(brief.languages)})`);
  if (brief.exclude_brands?.length)
    filters.push(
      sql`not exists (select 1 from json_each(m.sponsored_brands) j where lower(j.value) in (${list(brief.exclude_brands)}))`,
    );
  if (o.excludedAccounts.length) filters.push(sql`m.account_id not in (${list(o.excludedAccounts)})`);
  if (niche) filters.push(sql`(t.bm25 is not null or cat.confidence is not null)`);

  const stats = o.stats;
  const queryTerms =
    terms.length > 0
      ? sql`select id, case term ${sql.join(
          terms.map(([term, qw]) => sql`when ${term} then ${qw}`),
          sql` `,
        )} end as qw${
          stats
            ? sql`, case term ${sql.join(
                terms.map(([term]) => sql`when ${term} then ${stats.df.get(term) ?? 0}`),
                sql` `,
              )} end as df`
            : sql``
        } from terms where term in (${list(terms.map(([t]) => t))})`
      : sql`select 0 as id, 0 as qw${stats ? sql`, 0 as df` : sql``} where 0`;
  const statsTable = stats
    ? sql`select ${stats.documents} as n, ${stats.averageLength} as avgdl`
    : sql`select count(*) as n, avg(doc_length) as avgdl from account_metrics`;
  const dfTable = stats
    ? sql`select id as term_id, df from q`
    : sql`select at.term_id, count(*) as df from account_terms at join q on q.id = at.term_id group by at.term_id`;
  const agShare = cells
    ? sql`(select coalesce(sum(s.share), 0) from audience_segments s where s.audience_id = ag.id and s.key in (${list(cells)}))`
    : sql`1.0`;
  const coShare = countries
    ? sql`(select coalesce(sum(s.share), 0) from audience_segments s where s.audience_id = co.id and upper(s.key) in (${list(countries)}))`
    : sql`1.0`;
  const known = sql.join(
    [cells ? sql`ag.id is not null` : sql`1`, countries ? sql`co.id is not null` : sql`1`],
    sql` and `,
  );
  const verified = sql.join(
    [cells ? sql`ag.source = 'verified'` : sql`1`, countries ? sql`co.source = 'verified'` : sql`1`],
    sql` and `,
  );
  const textPart = sql`coalesce(bm25 / (select max(bm25) from text_scores), 0)`;
  const nichePart = !niche
    ? sql`0`
    : terms.length > 0 && categories.length > 0
      ? sql`0.5 * ${textPart} + 0.5 * coalesce(cat_confidence, 0)`
      : categories.length > 0
        ? sql`coalesce(cat_confidence, 0)`
        : textPart;
  const price = sql`(price_post_mid_usd * ${o.calibration})`;
  const engagements = sql`coalesce(er_followers * followers, 0)`;
  const budget = o.budgetUsd;
  const cost = sql`case when price_post_mid_usd is null or ${engagements} <= 0 or ${price} <= 0 then 0
    else (1.0 / (1.0 + (${price} / ${engagements}) / ${CPE_REFERENCE_USD}))${budget === null ? sql`` : sql` * (case when ${price} > ${budget} then ${budget} / ${price} else 1.0 end)`} end`;
  const fit = sql`(
      ${w('niche')} * (${nichePart})
    + ${w('audience')} * (case when aud_match is null then 0 else aud_match * (case when aud_verified = 1 then 1.0 else ${ESTIMATED_AUDIENCE_WEIGHT} end) end)
    + ${w('engagement')} * coalesce(er_percentile / 100.0, 0)
    + ${w('reply_rate')} * coalesce(min(1.0, reply_rate / ${FULL_REPLY_RATE}), ${NEUTRAL})
    + ${w('authenticity')} * coalesce(min(1.0, max(0.0, (authenticity_score - ${AUTHENTICITY_FLOOR}) / (${100 - AUTHENTICITY_FLOOR} * 1.0))), ${NEUTRAL})
    + ${w('ad_fatigue')} * coalesce(1.0 - min(1.0, sponsored_share_90d / ${FULL_FATIGUE_SHARE}), ${NEUTRAL})
    + ${w('cost_efficiency')} * (${cost})
  ) * 100.0 / ${weightSum}`;

  return sql<BaselineRow>`
    with q as (${queryTerms}),
    stats as (${statsTable}),
    df as (${dfTable}),
    text_scores as (
      select at.account_id, sum(q.qw * (ln(1 + ((select n from stats) - df.df + 0.5) / (df.df + 0.5)) * at.weight * ${BM25_K1 + 1})
        / (at.weight + ${BM25_K1} * (1 - ${BM25_B} + ${BM25_B} * m2.doc_length / (select avgdl from stats)))) as bm25
      from account_terms at join q on q.id = at.term_id join df on df.term_id = at.term_id
      join account_metrics m2 on m2.account_id = at.account_id
      group by at.account_id
    ),
    base as (
      select m.*, t.bm25, cat.confidence as cat_confidence,
        case when ${known} then min(1.0, ${agShare} * ${coShare}) end as aud_match,
        case when ${verified} then 1 else 0 end as aud_verified,
        case when co.id is not null then ${coShare} end as co_share
      from account_metrics m
      join accounts ac on ac.id = m.account_id
      join creators c on c.id = ac.creator_id
      left join text_scores t on t.account_id = m.account_id
      left join (select account_id, max(confidence) as confidence from account_niches
        where category in (${list(categories.length ? categories : [''])}) group by account_id) cat on cat.account_id = m.account_id
      left join audiences ag on ag.id = (select x.id from audiences x where x.account_id = m.account_id and x.dimension = 'age_gender' order by x.source = 'verified' desc limit 1)
      left join audiences co on co.id = (select x.id from audiences x where x.account_id = m.account_id and x.dimension = 'country' order by x.source = 'verified' desc limit 1)
      where ${sql.join(filters, sql` and `)}
    ),
    scored as (
      select account_id, round((${fit}) * 1000000) / 1000000.0 as fit from base
      where 1 = 1
      ${a?.min_match !== undefined ? sql`and aud_match >= ${a.min_match}` : sql``}
      ${a?.min_country_share !== undefined ? sql`and co_share >= ${a.min_country_share}` : sql``}
    )
    select account_id, fit, count(*) over () as total from scored order by fit desc, account_id asc limit ${brief.limit}`;
}

export async function runBaseline(db: DB, brief: Brief, o: BaselineOptions): Promise<BaselineRow[]> {
  return (await baselineQuery(brief, o).execute(db)).rows;
}
