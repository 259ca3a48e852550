// Commenter profiles in, the "suspicious known followers / commenters" signal out: stored once,
// re-scored at once (vetting report and discovery metrics), unchanged the second time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostRecord } from '../../../src/core/creators/creator-record.ts';
import { importKnownProfiles } from '../../../src/services/imports/import-known-profiles.ts';
import { refreshCreatorMetrics } from '../../../src/services/vetting/refresh-creator-metrics.ts';
import { vetAccount } from '../../../src/services/vetting/vet-account.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const DAY = 86_400_000;
const NOW = new Date();
const iso = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * DAY).toISOString();

// Six posts, each with five comments by different people (30 commenters) and one creator reply.
const posts: PostRecord[] = Array.from({ length: 6 }, (_, i) => ({
  externalId: `p${i}`,
  type: 'image',
  postedAt: iso(5 + i * 7),
  caption: 'anklets #anklets',
  hashtags: ['anklets'],
  mentions: [],
  likes: 800,
  comments: 6,
  commentThreads: [
    ...Array.from({ length: 5 }, (_, k) => ({
      externalId: `p${i}c${k}`,
      authorHandle: `fan_${i}_${k}`,
      text: 'love these, where from?',
      commentedAt: iso(5 + i * 7 - 0.1),
      byCreator: false,
    })),
    {
      externalId: `p${i}r`,
      authorHandle: 'anklet.anna',
      text: 'thank you!',
      commentedAt: iso(5 + i * 7 - 0.2),
      byCreator: true,
      replyTo: `p${i}c0`,
    },
  ],
}));

// 20 of the 30 commenters look like bots: no posts, no picture, thousands followed, digits in the name.
const csv = [
  'username,followers_count,follows_count,media_count,has_profile_pic,is_private,biography',
  ...Array.from({ length: 30 }, (_, n) => {
    const handle = `fan_${Math.floor(n / 5)}_${n % 5}`;
    return n < 20
      ? `${handle},2,${2_400 + n},0,no,false,`
      : `${handle},${400 + n},350,${60 + n},yes,false,dog walker and reader`;
  }),
  'not a handle!,1,1,1,yes,no,',
].join('\n');

describe.each(testDialects)('importKnownProfiles on %s', (dialect) => {
  let t: TestDatabase;
  let accountId: number;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const workspace = await ensureWorkspace(t.db, 'acme');
    // Four earlier follower counts, so the audience score has the history it needs.
    const earlier = [40, 30, 20, 10].map((d) =>
      creatorRecord(
        { displayName: 'Anna' },
        {
          handle: 'anklet.anna',
          followers: 30_000 - d,
          following: 400,
          provenance: { source: 'test', observedAt: iso(d), fetchedAt: iso(d) },
        },
      ),
    );
    const [creatorId] = await storeCreators(t.db, workspace.id, [
      ...earlier,
      creatorRecord(
        { displayName: 'Anna' },
        {
          handle: 'anklet.anna',
          followers: 30_000,
          following: 400,
          posts,
          provenance: { source: 'test', observedAt: iso(0), fetchedAt: iso(0) },
        },
      ),
    ]);
    await refreshCreatorMetrics(t.db, [creatorId!], NOW);
    accountId = Number(
      (await t.db.selectFrom('accounts').select('id').where('handle', '=', 'anklet.anna').executeTakeFirstOrThrow()).id,
    );
  });
  afterEach(async () => t.close());

  const authenticity = async () => (await vetAccount(t.db, accountId, NOW))!.report.authenticity;
  const storedScore = async () =>
    (
      await t.db
        .selectFrom('account_metrics')
        .select('authenticity_score')
        .where('account_id', '=', accountId)
        .executeTakeFirstOrThrow()
    ).authenticity_score;

  it('stores the profiles, names the bad row, and re-scores the account they commented on', async () => {
    const before = await authenticity();
    expect(before.checks.find((c) => c.signal === 'suspicious followers / commenters')).toMatchObject({
      status: 'unavailable',
    });
    expect(before.reasons.map((r) => r.code)).not.toContain('suspicious_profiles');
    const scoreBefore = await storedScore();

    const summary = await importKnownProfiles(t.db, { fileName: 'commenters.csv', content: csv, now: () => NOW });
    expect(summary).toMatchObject({ imported: 30, updated: 0, unchanged: 0, rejected: 1, accounts_rescored: 1 });
    expect(summary.rejections).toEqual([
      { record: 'row 32', field: 'handle', reason: '"not a handle!" is not a valid instagram handle' },
    ]);

    const after = await authenticity();
    const reason = after.reasons.find((r) => r.code === 'suspicious_profiles');
    expect(reason).toMatchObject({ value: 20 / 30, penalty: 30 });
    expect(reason!.message).toContain('67 % of 30 known followers / commenters look fake');
    expect(after.checks.find((c) => c.signal === 'suspicious followers / commenters')).toMatchObject({
      status: 'fail',
      detail: '20 of 30',
    });
    expect(after.score).toBe(before.score! - 30);
    // Discovery ranks on the stored metrics: they moved with the import, no restart or manual refresh.
    expect(await storedScore()).toBe(Math.max(0, scoreBefore! - 30));
  });

  it('changes nothing the second time, and re-scores only when a profile changed', async () => {
    await importKnownProfiles(t.db, { fileName: 'commenters.csv', content: csv, now: () => NOW });
    const rows = await t.db.selectFrom('known_profiles').selectAll().orderBy('handle').execute();
    const again = await importKnownProfiles(t.db, {
      fileName: 'commenters.csv',
      content: csv,
      now: () => new Date(NOW.getTime() + DAY),
    });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 30, rejected: 1, accounts_rescored: 0 });
    expect(await t.db.selectFrom('known_profiles').selectAll().orderBy('handle').execute()).toEqual(rows);

    // Ten of the bots turn out to be people after all: updated, and the account is re-scored.
    const fixed = csv
      .split('\n')
      .map((line, i) => (i >= 1 && i <= 10 ? line.replace(/,2,\d+,0,no,false,$/, ',300,280,40,yes,false,hello') : line))
      .join('\n');
    const third = await importKnownProfiles(t.db, { fileName: 'commenters.csv', content: fixed, now: () => NOW });
    expect(third).toMatchObject({ imported: 0, updated: 10, unchanged: 20, accounts_rescored: 1 });
    const reason = (await authenticity()).reasons.find((r) => r.code === 'suspicious_profiles');
    expect(reason).toMatchObject({ value: 10 / 30, penalty: 15 });
  });
});
