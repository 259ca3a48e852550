// The 15 messy exports of "social media influencers 2022" (Instagram, TikTok, YouTube; five
// snapshots each): every file imports, every non-blank row is either stored or rejected for a
// stated reason, and the Instagram snapshots build follower histories.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCreatorCsv } from '../../../src/services/imports/import-creator-csv.ts';
import type { ImportSummary } from '../../../src/services/imports/run-import.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { hasTestData, testData } from '../../support/test-data.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const dir = (file: string) => testData('social-media-influencers-2022', file);
const now = () => new Date('2026-01-02T12:00:00.000Z');
// A thousand-row file takes seconds on SQLite and can take half a minute on a busy Postgres.
const SLOW = 180_000;

// Imported / rejected per file. Instagram and TikTok rejections are all repeated handles (the
// exports list some accounts twice); YouTube files also have ~400 rows whose "channel" column holds
// a display name ("Like Nastya"), which is no YouTube handle, so those rows are rejected.
const EXPECTED: [file: string, imported: number, rejected: number][] = [
  ['instagram-dec-2022.csv', 991, 9],
  ['instagram-jun-2022.csv', 979, 43],
  ['instagram-nov-2022.csv', 998, 2],
  ['instagram-sep-2022.csv', 983, 67],
  ['instagram-undated.csv', 997, 3],
  ['tiktok-dec-2022.csv', 999, 1],
  ['tiktok-jun-2022.csv', 990, 17],
  ['tiktok-nov-2022.csv', 983, 17],
  ['tiktok-sep-2022.csv', 996, 4],
  ['tiktok-undated.csv', 987, 13],
  ['youtube-dec-2022.csv', 663, 340],
  ['youtube-jun-2022.csv', 597, 424],
  ['youtube-nov-2022.csv', 597, 403],
  ['youtube-sep-2022.csv', 595, 452],
  ['youtube-undated.csv', 600, 400],
];

/** Data rows that are not entirely blank, counted independently of the importer. */
const filledRows = (file: string) =>
  (parse(readFileSync(dir(file), 'utf8'), { relax_column_count: true }) as string[][])
    .slice(1)
    .filter((cells) => cells.some((c) => c.trim() !== '')).length;

describe.runIf(hasTestData).each(testDialects)('social-media-influencers-2022 on %s', (dialect) => {
  let t: TestDatabase;
  let workspaceId: number;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    workspaceId = (await ensureWorkspace(t.db, 'agency')).id;
  });
  afterEach(async () => t.close());

  const importFile = (file: string, observedAt?: string) =>
    importCreatorCsv(t.db, { workspaceId, fileName: file, content: readFileSync(dir(file)), observedAt, now });

  // A file's values are the importing workspace's own layer (PRODUCT.md "Creator data layers").
  const account = (platform: string, handle: string) =>
    t.db
      .selectFrom('accounts')
      .innerJoin('workspace_account_data as w', 'w.account_id', 'accounts.id')
      .innerJoin('workspace_creator_data as c', (j) =>
        j.onRef('c.creator_id', '=', 'accounts.creator_id').onRef('c.workspace_id', '=', 'w.workspace_id'),
      )
      .select([
        'accounts.id',
        'w.followers',
        'w.display_name',
        'w.observed_at',
        'w.reported',
        'c.country',
        'c.categories',
      ])
      .where('w.workspace_id', '=', workspaceId)
      .where('platform', '=', platform as 'instagram')
      .where('handle', '=', handle)
      .executeTakeFirstOrThrow();
  const metrics = async (accountId: number) => {
    const row = await t.db
      .selectFrom('workspace_account_data')
      .select('reported')
      .where('account_id', '=', accountId)
      .executeTakeFirstOrThrow();
    return Object.fromEntries(
      (JSON.parse(row.reported) as { metric: string; value?: number; text?: string }[]).map((m) => [
        m.metric,
        m.text ?? m.value,
      ]),
    );
  };

  // What a few rows of each platform must have become (checked after the file's import).
  const spotChecks: Record<string, (summary: ImportSummary) => Promise<void>> = {
    // Handles under "name", display names under "instagram name"; the exact copy of "followers" is read.
    'instagram-dec-2022.csv': async () => {
      const messi = await account('instagram', 'leomessi');
      expect(messi).toMatchObject({
        followers: 409_800_000,
        display_name: 'Leo Messi',
        country: 'AR',
        observed_at: '2022-12-01T00:00:00.000Z',
      });
      expect(JSON.parse(messi.categories)).toEqual(['Sports with a ball', 'Family']);
      expect(await metrics(messi.id)).toEqual({
        rank: 1,
        authentic_engagements: 17_800_000,
        avg_engagements: 23_400_000,
      });
    },
    // The "Views avg." column holds country names: it becomes the audience country.
    'instagram-jun-2022.csv': async (summary) => {
      expect(summary.warnings).toContain(
        'column "Views avg." holds country names, not numbers (e.g. "Spain"): read as the audience country',
      );
      expect(summary.rejections[0]).toEqual({
        record: 'row 7',
        field: 'instagram name',
        reason: 'duplicate of row 6: the same instagram handle "_hakkencoser_"',
      });
      const a433 = await account('instagram', '433');
      expect(await metrics(a433.id)).toEqual({ avg_likes: 274_900, avg_comments: 456_700, audience_top_country: 'ES' });
    },
    // Display strings only ("145.6K"); the blank first data row is skipped silently.
    'tiktok-nov-2022.csv': async (summary) => {
      expect(summary.rejections.some((r) => r.record === 'row 2')).toBe(false);
      const yossi = await account('tiktok', 'yossikramer');
      expect(yossi).toMatchObject({
        followers: 145_600,
        display_name: 'Yossi',
        observed_at: '2022-11-01T00:00:00.000Z',
      });
      expect(await metrics(yossi.id)).toEqual({
        rank: 1,
        avg_views: 26_800_000,
        avg_likes: 2_200_000,
        avg_comments: 30_100,
        avg_shares: 71_200,
      });
    },
    'tiktok-dec-2022.csv': async () => {
      const beast = await account('tiktok', 'mrbeast');
      expect(beast).toMatchObject({ followers: 60_300_000, display_name: 'MrBeast' });
      expect(await metrics(beast.id)).toEqual({
        rank: 1,
        avg_views: 29_200_000,
        avg_likes: 3_500_000,
        avg_comments: 30_800,
        avg_shares: 7200,
      });
    },
    // N/A' and #VALOR! are unknown values; rows with a display name in the channel column are rejected.
    'youtube-jun-2022.csv': async (summary) => {
      expect(summary.rejections[0]).toEqual({
        record: 'row 3',
        field: 'channel name',
        reason: '"Baby Big Mouth Kids - Sing, Dance, Explore" is not a valid youtube handle',
      });
      const jup = await account('youtube', 'juptube');
      expect(jup).toMatchObject({ followers: 30_500_000, display_name: 'Galinha Pintadinha', country: null });
      expect(await metrics(jup.id)).toEqual({ avg_views: 0 });
    },
    // Handles are found in "Youtuber" although "Name" comes first.
    'youtube-sep-2022.csv': async () => {
      const ts = await account('youtube', 'tseries');
      expect(ts).toMatchObject({ followers: 224_400_000, display_name: 'T-Series', country: 'IN' });
      expect(await metrics(ts.id)).toEqual({ rank: 1, avg_likes: 4600, avg_comments: 125 });
    },
    'youtube-undated.csv': async () => {
      const cocomelon = await account('youtube', 'checkgate');
      expect(cocomelon).toMatchObject({
        followers: 132_100_000,
        display_name: 'Cocomelon - Nursery Rhymes',
        observed_at: '2022-03-01T00:00:00.000Z',
      });
      expect(await metrics(cocomelon.id)).toEqual({ avg_views: 13_800_000, avg_likes: 80_900 });
    },
  };

  it.each(EXPECTED)(
    '%s: %i imported, %i rejected, each rejection for a stated reason',
    async (file, imported, rejected) => {
      const summary = await importFile(file, file.includes('undated') ? '2022-03-01' : undefined);
      expect([summary.imported, summary.rejected]).toEqual([imported, rejected]);
      expect(summary.imported + summary.rejected).toBe(filledRows(file));
      const allowed = file.startsWith('youtube')
        ? /^(duplicate of row \d+: the same youtube handle ".+"|".+" is not a valid youtube handle)$/
        : /^duplicate of row \d+: the same (instagram|tiktok) handle ".+"$/;
      expect(summary.rejections.filter((r) => !allowed.test(r.reason))).toEqual([]);
      const stored = await t.db
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(stored.n)).toBe(imported);
      await spotChecks[file]?.(summary);
    },
    SLOW,
  );

  it(
    'the five Instagram snapshots build follower histories',
    async () => {
      const summaries: ImportSummary[] = [];
      summaries.push(await importFile('instagram-undated.csv', '2022-03-01'));
      for (const file of [
        'instagram-jun-2022.csv',
        'instagram-sep-2022.csv',
        'instagram-nov-2022.csv',
        'instagram-dec-2022.csv',
      ])
        summaries.push(await importFile(file));
      expect(summaries.map((s) => s.rejected)).toEqual([3, 43, 67, 2, 9]);

      const a433 = await account('instagram', '433');
      const history = await t.db
        .selectFrom('workspace_account_snapshots')
        .select(['observed_at', 'followers', 'source'])
        .where('account_id', '=', a433.id)
        .orderBy('observed_at')
        .execute();
      expect(history).toEqual([
        { observed_at: '2022-03-01T00:00:00.000Z', followers: 48_500_000, source: 'csv:instagram-undated.csv' },
        { observed_at: '2022-06-01T00:00:00.000Z', followers: 50_700_000, source: 'csv:instagram-jun-2022.csv' },
        { observed_at: '2022-09-01T00:00:00.000Z', followers: 51_600_000, source: 'csv:instagram-sep-2022.csv' },
        { observed_at: '2022-11-01T00:00:00.000Z', followers: 51_800_000, source: 'csv:instagram-nov-2022.csv' },
        { observed_at: '2022-12-01T00:00:00.000Z', followers: 58_200_000, source: 'csv:instagram-dec-2022.csv' },
      ]);
      expect(a433.followers).toBe(58_200_000);

      const perAccount = await t.db
        .selectFrom('workspace_account_snapshots')
        .select(['account_id', (eb) => eb.fn.countAll().as('n')])
        .groupBy('account_id')
        .execute();
      expect(perAccount.filter((r) => Number(r.n) === 5)).toHaveLength(545);
    },
    5 * SLOW,
  );
});
