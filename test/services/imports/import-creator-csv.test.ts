import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCreatorCsv } from '../../../src/services/imports/import-creator-csv.ts';
import { ImportFailedError } from '../../../src/services/imports/run-import.ts';
import { ownAccounts } from '../../support/workspace-view.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { countDataTables, dumpDataTables } from '../../support/data-tables.ts';
import { hasTestData, testData } from '../../support/test-data.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const now = () => new Date('2026-01-02T12:00:00.000Z');
// Whole-file imports take seconds on SQLite and can take half a minute on a busy Postgres.
const SLOW = 180_000;

// Country names of insta_cleaned.csv and the ISO codes they must be stored as (written out here,
// not computed with the code under test).
const ISO: Record<string, string> = {
  'United States': 'US',
  Brazil: 'BR',
  India: 'IN',
  Indonesia: 'ID',
  France: 'FR',
  Spain: 'ES',
  'United Kingdom': 'GB',
  Colombia: 'CO',
  Canada: 'CA',
  Turkey: 'TR',
  Netherlands: 'NL',
  Mexico: 'MX',
  Uruguay: 'UY',
  'United Arab Emirates': 'AE',
  Switzerland: 'CH',
  Sweden: 'SE',
  Russia: 'RU',
  'Puerto Rico': 'PR',
  Italy: 'IT',
  Germany: 'DE',
  "CÃ´te d'Ivoire": 'CI',
  'Czech Republic': 'CZ',
  'British Virgin Islands': 'VG',
  Australia: 'AU',
  Anguilla: 'AI',
};

describe.each(testDialects)('importCreatorCsv on %s', (dialect) => {
  let t: TestDatabase;
  let workspaceId: number;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    workspaceId = (await ensureWorkspace(t.db, 'acme')).id;
  });
  afterEach(async () => t.close());

  // A file's values live in the importing workspace's layer; the shared layer holds only the handles.
  const ownByHandle = async () => new Map((await ownAccounts(t.db, workspaceId)).map((a) => [a.handle, a]));

  describe.runIf(hasTestData)('golden: top_insta_influencers_data.csv against its independently cleaned copy', () => {
    const importRaw = () =>
      importCreatorCsv(t.db, {
        workspaceId,
        fileName: 'top_insta_influencers_data.csv',
        platform: 'instagram',
        now,
        content: readFileSync(testData('top-insta-influencers', 'top_insta_influencers_data.csv')),
      });
    const cleaned = parse(readFileSync(testData('top-insta-influencers', 'insta_cleaned.csv'), 'utf8'), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];

    it(
      'stores every numeric cell as the cleaned file has it',
      async () => {
        const summary = await importRaw();
        // The one row whose channel_info is a display name, not an Instagram handle.
        expect(summary.rejections).toEqual([
          {
            record: 'row 119',
            field: 'channel_info',
            reason: '"5-Minute Crafts GIRLY" is not a valid instagram handle',
          },
        ]);
        expect([summary.imported, summary.updated, summary.unchanged]).toEqual([199, 0, 0]);

        const byHandle = await ownByHandle();
        const shared = await t.db
          .selectFrom('accounts')
          .select(['followers', 'posts_count', 'source'])
          .distinct()
          .execute();
        expect(shared).toEqual([{ followers: null, posts_count: null, source: 'workspace_file' }]);
        const mismatches: string[] = [];
        let compared = 0;
        const check = (handle: string, column: string, stored: unknown, expected: unknown) => {
          compared += 1;
          if (stored !== expected)
            mismatches.push(`${handle} ${column}: stored ${String(stored)}, cleaned ${String(expected)}`);
        };
        expect(cleaned).toHaveLength(200);
        for (const row of cleaned) {
          const handle = row.channel_info!.toLowerCase();
          if (handle === '5-minute crafts girly') continue;
          const account = byHandle.get(handle);
          if (!account) {
            mismatches.push(`${handle}: not stored`);
            continue;
          }
          const metric = (name: string) => account.metrics[name] as number | null | undefined;
          check(handle, 'rank', metric('rank'), Number(row.rank));
          check(handle, 'influence_score', metric('influence_score'), Number(row.influence_score));
          check(handle, 'posts', account.posts_count, Number(row.posts));
          check(handle, 'followers', account.followers, Number(row.followers));
          check(handle, 'avg_likes', metric('avg_likes'), Number(row.avg_likes));
          const rate = metric('engagement_rate');
          if (row['60d_eng_rate'] === '') check(handle, '60d_eng_rate', rate, undefined);
          // Stored as a fraction: ×100 gives the cleaned percentage (to float precision).
          else
            check(
              handle,
              '60d_eng_rate',
              rate === undefined || rate === null ? rate : Number((rate * 100).toFixed(10)),
              Number(row['60d_eng_rate']),
            );
          check(handle, 'new_post_avg_like', metric('new_post_avg_likes'), Number(row.new_post_avg_like));
          check(handle, 'total_likes', metric('total_likes'), Number(row.total_likes));
          check(handle, 'country', account.country, row.country ? ISO[row.country] : null);
          check(handle, 'observed_at', account.observed_at, '2026-01-02T00:00:00.000Z');
        }
        expect(mismatches).toEqual([]);
        expect(compared).toBe(199 * 10);
      },
      SLOW,
    );

    it(
      'has no engagement rate for the NaN% row',
      async () => {
        await importRaw();
        const rkive = (await ownByHandle()).get('rkive')!;
        expect('engagement_rate' in rkive.metrics).toBe(false);
        expect(rkive.metrics.total_likes).toBe(1_200_000_000);
      },
      SLOW,
    );

    it(
      'changes nothing when the same file is imported again the same day',
      async () => {
        await importRaw();
        const before = await dumpDataTables(t.db);
        const again = await importRaw();
        expect([again.imported, again.updated, again.unchanged, again.rejected]).toEqual([0, 0, 199, 1]);
        expect(await dumpDataTables(t.db)).toEqual(before);
      },
      SLOW,
    );
  });

  it.runIf(hasTestData)(
    're-importing a dated file changes nothing (summary counts and every table)',
    async () => {
      const run = () =>
        importCreatorCsv(t.db, {
          workspaceId,
          fileName: 'instagram-dec-2022.csv',
          now,
          content: readFileSync(testData('social-media-influencers-2022', 'instagram-dec-2022.csv')),
        });
      const first = await run();
      expect([first.imported, first.updated, first.unchanged]).toEqual([991, 0, 0]);
      const counts = await countDataTables(t.db);
      const before = await dumpDataTables(t.db);
      const second = await run();
      expect([second.imported, second.updated, second.unchanged, second.rejected]).toEqual([0, 0, 991, 9]);
      expect(await countDataTables(t.db)).toEqual(counts);
      expect(await dumpDataTables(t.db)).toEqual(before);
    },
    SLOW,
  );

  it('stores the good rows of a file with bad ones and logs the rejections with the run', async () => {
    const content = [
      'handle,name,followers,engagement rate',
      'good.one,Good One,12.5k,3.1%',
      'bad.number,Bad Number,abc,2%',
      ',Missing Handle,1000,1%',
      'Not A Handle!,Invalid,1000,1%',
      'good.one,Duplicate,13k,3%',
      'good.two,Good Two,2k,N/A',
    ].join('\n');
    const summary = await importCreatorCsv(t.db, {
      workspaceId,
      fileName: 'creators.csv',
      content,
      platform: 'instagram',
      observedAt: '2025-12-01',
      now,
    });
    const rejections = [
      { record: 'row 3', field: 'followers', reason: '"abc" is not a number' },
      { record: 'row 4', field: 'handle', reason: 'the handle is missing' },
      { record: 'row 5', field: 'handle', reason: '"Not A Handle!" is not a valid instagram handle' },
      { record: 'row 6', field: 'handle', reason: 'duplicate of row 2: the same instagram handle "good.one"' },
    ];
    expect(summary).toMatchObject({
      kind: 'creator_csv',
      file: 'creators.csv',
      imported: 2,
      updated: 0,
      unchanged: 0,
      rejected: 4,
      rejections,
    });
    const stored = (await ownAccounts(t.db, workspaceId)).map(({ handle, followers, observed_at, source }) => ({
      handle,
      followers,
      observed_at,
      source,
    }));
    expect(stored).toEqual([
      { handle: 'good.one', followers: 12500, observed_at: '2025-12-01T00:00:00.000Z', source: 'csv:creators.csv' },
      { handle: 'good.two', followers: 2000, observed_at: '2025-12-01T00:00:00.000Z', source: 'csv:creators.csv' },
    ]);
    const run = await t.db
      .selectFrom('imports')
      .selectAll()
      .where('id', '=', summary.importId)
      .executeTakeFirstOrThrow();
    expect(run).toMatchObject({ status: 'partial', imported: 2, rejected: 4, kind: 'creator_csv' });
    expect(JSON.parse(run.errors)).toEqual(rejections);
  });

  it('strips a UTF-8 byte order mark', async () => {
    const summary = await importCreatorCsv(t.db, {
      workspaceId,
      fileName: 'tiktok.csv',
      content: Buffer.from('\uFEFFhandle,followers\nzoe,10\n'),
      now,
    });
    expect(summary.rejections).toEqual([]);
    expect(
      (await ownAccounts(t.db, workspaceId)).map(({ platform, handle, followers }) => ({
        platform,
        handle,
        followers,
      })),
    ).toEqual([{ platform: 'tiktok', handle: 'zoe', followers: 10 }]);
  });

  it('leaves no half-written creator when the import fails mid-file, and a re-run completes it', async () => {
    const lines = ['handle,followers,avg likes'];
    for (let i = 1; i <= 9; i += 1) lines.push(`creator.${i},${i}k,${i}00`);
    const content = lines.join('\n');
    const options = { workspaceId, fileName: 'instagram-2025-12.csv', content, now, batchSize: 3 };
    // Batches: rows 2–4, 5–7, 8–10. Row 8 is written inside the third transaction before row 9 fails.
    const failing = importCreatorCsv(t.db, {
      ...options,
      beforeRecord: (label) => {
        if (label === 'row 9') throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toBeInstanceOf(ImportFailedError);
    await expect(failing).rejects.toThrow('Import stopped at row 9: disk full');

    const handles = (await t.db.selectFrom('accounts').select('handle').orderBy('handle').execute()).map(
      (a) => a.handle,
    );
    expect(handles).toEqual(['creator.1', 'creator.2', 'creator.3', 'creator.4', 'creator.5', 'creator.6']);
    expect(await countDataTables(t.db)).toMatchObject({
      creators: 6,
      workspace_creators: 6,
      accounts: 6,
      workspace_account_data: 6,
      workspace_account_snapshots: 6,
    });
    // Every stored creator is whole: its account, its own numbers and its dated snapshot.
    const orphans = await t.db
      .selectFrom('creators')
      .leftJoin('accounts', 'accounts.creator_id', 'creators.id')
      .leftJoin('workspace_account_data as w', 'w.account_id', 'accounts.id')
      .leftJoin('workspace_account_snapshots as s', 's.account_id', 'accounts.id')
      .select('creators.id')
      .where((eb) =>
        eb.or([
          eb('accounts.id', 'is', null),
          eb('w.account_id', 'is', null),
          eb('s.id', 'is', null),
          eb('w.reported', '=', '[]'),
        ]),
      )
      .execute();
    expect(orphans).toEqual([]);
    const failed = await t.db.selectFrom('imports').selectAll().executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ status: 'failed', imported: 6 });
    expect(JSON.parse(failed.errors)).toEqual([{ record: 'row 9', field: '(write)', reason: 'disk full' }]);

    const rerun = await importCreatorCsv(t.db, options);
    expect([rerun.imported, rerun.updated, rerun.unchanged]).toEqual([3, 0, 6]);
    expect(await countDataTables(t.db)).toMatchObject({
      creators: 9,
      accounts: 9,
      workspace_account_data: 9,
      workspace_account_snapshots: 9,
    });
  });

  it('is a clear error for a date that is not one', async () => {
    await expect(
      importCreatorCsv(t.db, {
        workspaceId,
        fileName: 'instagram.csv',
        content: 'handle\na\n',
        observedAt: 'last week',
      }),
    ).rejects.toThrow('--observed-at must be a date like 2022-03-01, got "last week"');
  });
});
