// Reads accounts for the discovery index in batches of ids, so a million accounts load with a few
// hundred queries and bounded memory; in follower order (unknown counts last), so that the index's rows
// hold ascending follower counts and a brief's follower range is a slice of them (scan-ranges.ts).
import { sql } from 'kysely';
import { groupBy } from '../../core/group-by.ts';
import type { IndexRow } from './index-row.ts';
import type { DB } from '../connect.ts';
import { fromJsonArray } from '../creators/json-columns.ts';
import { selectInChunks } from '../in-chunks.ts';
import { FILE_REFERENCE_SOURCE } from '../workspaces/file-reference.ts';

const INDEX_BATCH = 5_000;

/** Calls onBatch with every account that has metrics (only those above `afterRevision` when given), by follower count. */
export async function forEachIndexBatch(
  db: DB,
  onBatch: (rows: IndexRow[]) => void,
  options: { afterRevision?: number } = {},
): Promise<number> {
  let q = db.selectFrom('account_metrics').select('account_id');
  if (options.afterRevision !== undefined) q = q.where('revision', '>', options.afterRevision);
  const ids = (await q.orderBy(sql`followers is null`).orderBy('followers').orderBy('account_id').execute()).map(
    (r) => r.account_id,
  );
  let total = 0;
  for (let at = 0; at < ids.length; at += INDEX_BATCH) {
    const rows = await loadIndexRows(db, ids.slice(at, at + INDEX_BATCH));
    onBatch(rows.sort(byFollowers));
    total += rows.length;
  }
  return total;
}

const byFollowers = (a: IndexRow, b: IndexRow) =>
  Number(a.followers === null) - Number(b.followers === null) ||
  (a.followers ?? 0) - (b.followers ?? 0) ||
  a.accountId - b.accountId;

export async function loadIndexRows(db: DB, accountIds: readonly number[]): Promise<IndexRow[]> {
  const ids = [...accountIds];
  const [base, terms, niches, audiences] = await Promise.all([
    selectInChunks(ids, (chunk) =>
      db
        .selectFrom('account_metrics as m')
        .innerJoin('accounts as a', 'a.id', 'm.account_id')
        .innerJoin('creators as c', 'c.id', 'a.creator_id')
        .select([
          'm.account_id',
          'a.creator_id',
          'a.platform',
          'a.handle',
          'a.display_name as account_name',
          'c.display_name as creator_name',
          'm.followers',
          'm.tier',
          'c.country',
          'c.language',
          'c.email',
          'c.demo',
          'm.er_followers',
          'm.er_percentile',
          'm.reply_rate',
          'm.authenticity_score',
          'm.sponsored_share_90d',
          'm.growth_30d',
          'm.last_posted_at',
          'm.expected_views_post',
          'm.median_views',
          'm.price_post_mid_usd',
          'm.doc_length',
          'm.sponsored_brands',
          'm.revision',
        ])
        .where('m.account_id', 'in', chunk)
        // An account only a workspace's file named has no shared data to rank on, and is not another workspace's to see.
        .where('a.source', '!=', FILE_REFERENCE_SOURCE)
        .orderBy('m.account_id')
        .execute(),
    ),
    selectInChunks(ids, (chunk) =>
      db
        .selectFrom('account_terms')
        .select(['account_id', 'term_id', 'weight'])
        .where('account_id', 'in', chunk)
        .execute(),
    ),
    selectInChunks(ids, (chunk) =>
      db
        .selectFrom('account_niches')
        .select(['account_id', 'category', 'confidence'])
        .where('account_id', 'in', chunk)
        .execute(),
    ),
    selectInChunks(ids, (chunk) =>
      db
        .selectFrom('audiences')
        .select(['id', 'account_id', 'dimension', 'source', 'sample_size'])
        .where('account_id', 'in', chunk)
        .where('dimension', 'in', ['age_gender', 'country'])
        .execute(),
    ),
  ]);
  // Verified beats estimated per dimension (PRODUCT.md "Audience").
  const chosen = new Map<string, (typeof audiences)[number]>();
  for (const a of audiences) {
    const key = `${a.account_id}:${a.dimension}`;
    const current = chosen.get(key);
    if (!current || (current.source === 'estimated' && a.source === 'verified')) chosen.set(key, a);
  }
  const audienceIds = [...chosen.values()].map((a) => a.id);
  const segments = await selectInChunks(audienceIds, (chunk) =>
    db
      .selectFrom('audience_segments')
      .select(['audience_id', 'key', 'share'])
      .where('audience_id', 'in', chunk)
      .orderBy('audience_id')
      .orderBy('key')
      .execute(),
  );
  const segmentsBy = groupBy(segments, (s) => s.audience_id);
  const termsBy = groupBy(terms, (t) => t.account_id);
  const nichesBy = groupBy(niches, (n) => n.account_id);
  const distribution = (accountId: number, dimension: string) => {
    const a = chosen.get(`${accountId}:${dimension}`);
    return a
      ? {
          source: a.source,
          sampleSize: a.sample_size,
          shares: (segmentsBy.get(a.id) ?? []).map((s) => [s.key, s.share] as [string, number]),
        }
      : null;
  };
  return base.map((m) => ({
    accountId: m.account_id,
    creatorId: m.creator_id,
    platform: m.platform,
    handle: m.handle,
    displayName: m.creator_name ?? m.account_name,
    followers: m.followers,
    tier: m.tier,
    creatorCountry: m.country,
    language: m.language,
    hasEmail: m.email !== null && m.email !== '',
    isDemo: m.demo !== null,
    erFollowers: m.er_followers,
    erPercentile: m.er_percentile,
    replyRate: m.reply_rate,
    authenticity: m.authenticity_score,
    sponsoredShare: m.sponsored_share_90d,
    growth30d: m.growth_30d,
    lastPostedAt: m.last_posted_at,
    expectedViews: m.expected_views_post,
    medianViews: m.median_views,
    priceMidUsd: m.price_post_mid_usd,
    docLength: m.doc_length,
    sponsoredBrands: fromJsonArray(m.sponsored_brands),
    terms: (termsBy.get(m.account_id) ?? [])
      .map((t) => [t.term_id, t.weight] as [number, number])
      .sort((a, b) => a[0] - b[0]),
    niches: (nichesBy.get(m.account_id) ?? []).map((n) => [n.category, n.confidence] as [string, number]),
    ageGender: distribution(m.account_id, 'age_gender'),
    countries: distribution(m.account_id, 'country'),
    revision: m.revision,
  }));
}
