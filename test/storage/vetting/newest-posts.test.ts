// The facts of an account carry its 300 newest posts, newest first, whatever else its neighbours in
// the batch hold: the cut is made per account after the read (load-account-facts.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAccountFactsBatch } from '../../../src/storage/vetting/load-account-facts.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const NOW = new Date('2026-11-01T00:00:00.000Z');
const HOUR = 3_600_000;

describe.each(testDialects)('the posts in an account’s facts, on %s', (dialect) => {
  let t: TestDatabase;
  let prolific: number;
  let quiet: number;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    const ws = await ensureWorkspace(t.db, 'acme');
    const creatorIds = await storeCreators(t.db, ws.id, [creatorRecord(), creatorRecord()]);
    const accounts = await t.db
      .selectFrom('accounts')
      .select(['id', 'creator_id'])
      .where('creator_id', 'in', creatorIds)
      .orderBy('id')
      .execute();
    prolific = accounts.find((a) => a.creator_id === creatorIds[0])!.id;
    quiet = accounts.find((a) => a.creator_id === creatorIds[1])!.id;
    // Inserted oldest first for one account and newest first for the other: the order read must not follow it.
    const post = (accountId: number, hoursAgo: number) => ({
      account_id: accountId,
      external_id: `${accountId}-${hoursAgo}`,
      type: 'image' as const,
      posted_at: new Date(NOW.getTime() - hoursAgo * HOUR).toISOString(),
      title: null,
      caption: `${hoursAgo} hours ago`,
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
    });
    const rows = [
      ...Array.from({ length: 310 }, (_, i) => post(prolific, 310 - i)),
      ...Array.from({ length: 5 }, (_, i) => post(quiet, i + 1)),
    ];
    for (let i = 0; i < rows.length; i += 100)
      await t.db
        .insertInto('posts')
        .values(rows.slice(i, i + 100))
        .execute();
  }, 60_000);
  afterAll(async () => t.close());

  it('keeps the 300 newest of a prolific account, newest first, and all of a quiet one', async () => {
    const loaded = await loadAccountFactsBatch(t.db, [prolific, quiet], NOW, { audiences: false });
    const hoursAgo = (accountId: number) =>
      loaded
        .find((l) => l.account.id === accountId)!
        .facts.posts.map((p) => Math.round((NOW.getTime() - Date.parse(p.postedAt)) / HOUR));
    expect(hoursAgo(prolific)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(hoursAgo(quiet)).toEqual([1, 2, 3, 4, 5]);
  });
});
