// Issue 10 item 9: lists the data decides never overflow a statement's bound variables (SQLite
// refuses more than 32,766, Postgres more than 65,535). Before the lists were chunked, refreshing
// 230 accounts of 300 recent posts each bound 69,000 post ids in one `in (…)` and failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshAccountMetrics } from '../../src/services/vetting/refresh-account-metrics.ts';
import { loadIndexRows } from '../../src/storage/discovery/load-index-rows.ts';
import { loadAccountFactsBatch } from '../../src/storage/vetting/load-account-facts.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const NOW = new Date('2026-11-01T00:00:00.000Z');
const ACCOUNTS = 230;
const POSTS_EACH = 300;
/** More ids than either dialect accepts in one statement. */
const OVER_BOTH_LIMITS = 70_000;

describe.each(testDialects)('lists longer than a statement can bind, on %s', (dialect) => {
  let t: TestDatabase;
  let accountIds: number[];

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    const ws = await ensureWorkspace(t.db, 'acme');
    const creatorIds = await storeCreators(
      t.db,
      ws.id,
      Array.from({ length: ACCOUNTS }, () => creatorRecord()),
    );
    accountIds = (
      await t.db
        .selectFrom('accounts')
        .select('id')
        .where('creator_id', '>=', Math.min(...creatorIds))
        .orderBy('id')
        .execute()
    ).map((a) => a.id);
    const posts = accountIds.flatMap((accountId) =>
      Array.from({ length: POSTS_EACH }, (_, i) => ({
        account_id: accountId,
        external_id: `${accountId}-${i}`,
        type: 'image' as const,
        posted_at: new Date(NOW.getTime() - (3 + i / 4) * 86_400_000).toISOString(),
        title: null,
        caption: 'a day out',
        permalink: null,
        likes: 500,
        comments: 10,
        views: null,
        impressions: null,
        reach: null,
        saves: null,
        is_paid_partnership: null,
        source: 'test',
        fetched_at: NOW.toISOString(),
        created_at: NOW.toISOString(),
        updated_at: NOW.toISOString(),
      })),
    );
    for (let i = 0; i < posts.length; i += 1_000)
      await t.db
        .insertInto('posts')
        .values(posts.slice(i, i + 1_000))
        .execute();
  }, 120_000);
  afterAll(async () => t.close());

  it('refreshes the metrics of accounts whose recent posts outnumber the limit', async () => {
    expect(accountIds).toHaveLength(ACCOUNTS);
    const loaded = await loadAccountFactsBatch(t.db, accountIds, NOW);
    expect(loaded.reduce((n, l) => n + l.facts.posts.length, 0)).toBe(ACCOUNTS * POSTS_EACH);
    expect(await refreshAccountMetrics(t.db, accountIds, { now: NOW })).toBe(ACCOUNTS);
  }, 120_000);

  it('loads discovery rows for more account ids than the limit', async () => {
    await refreshAccountMetrics(t.db, accountIds, { now: NOW });
    const ids = Array.from({ length: OVER_BOTH_LIMITS }, (_, i) => i + 1);
    expect((await loadIndexRows(t.db, ids)).map((r) => r.accountId)).toEqual(accountIds);
  }, 120_000);
});
