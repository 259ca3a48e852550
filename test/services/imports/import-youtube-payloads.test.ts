import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPlatformPayloads, type PayloadFile } from '../../../src/services/imports/import-platform-payloads.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { loadJson, loadText } from '../../support/load-json.ts';
import { tableCounts } from '../../support/table-counts.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const NOW = new Date('2026-03-04T15:30:00.000Z');
const YT = 'api-youtube';
const file = (name: string): PayloadFile => ({ name, text: loadText(YT, name) });
const CHANNEL = file('pyyoutube_channel_info_single.json');
const CHANNELS = file('pyyoutube_channels_info_multiple.json');
const VIDEO = file('pyyoutube_model_video_api_response.json');
const videoItem = () =>
  (loadJson(YT, 'pyyoutube_model_video_api_response.json') as { items: Record<string, any>[] }).items[0]!;
const videoList = (name: string, items: unknown[]): PayloadFile => ({
  name,
  json: { kind: 'youtube#videoListResponse', items },
});

describe.each(testDialects)('importPlatformPayloads(youtube) on %s', (dialect) => {
  let t: TestDatabase;
  let workspaceId: number;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    workspaceId = (await ensureWorkspace(t.db, 'default')).id;
  });
  afterEach(async () => t.close());

  const run = (files: PayloadFile[]) => importPlatformPayloads(t.db, 'youtube', files, { workspaceId, now: NOW });
  const accounts = () => t.db.selectFrom('accounts').selectAll().orderBy('handle').execute();

  it('imports a channel with its counts as numbers, and its video', async () => {
    const summary = await run([VIDEO, CHANNEL]);
    expect(summary).toMatchObject({ kind: 'youtube', imported: 1, updated: 1, rejected: 0 });
    const [channel] = await accounts();
    expect(channel).toMatchObject({
      platform: 'youtube',
      handle: 'googledevelopers',
      external_id: 'UC_x5XG1OV2P6uZZ5FSM9Ttw',
      display_name: 'Google Developers',
      followers: 1927873,
      followers_hidden: 0,
      posts_count: 5026,
      source: 'youtube_data_api:channels',
    });
    expect(await t.db.selectFrom('creators').select(['display_name', 'country']).execute()).toEqual([
      { display_name: 'Google Developers', country: 'US' },
    ]);
    const views = await t.db.selectFrom('reported_metrics').select(['metric', 'value']).execute();
    expect(views).toEqual([{ metric: 'total_views', value: 160361638 }]);
    const post = await t.db.selectFrom('posts').selectAll().executeTakeFirstOrThrow();
    expect(post).toMatchObject({
      account_id: channel!.id,
      external_id: 'D-lhorsDlUQ',
      type: 'video',
      title: 'What are Actions on Google (Assistant on Air)',
      likes: 190,
      comments: 32,
      views: 7920,
      is_paid_partnership: null,
    });
  });

  it('keeps rounded subscriber counts as given', async () => {
    await run([CHANNELS]);
    expect((await accounts()).map((a) => [a.handle, a.followers])).toEqual([
      ['google', 10700000],
      ['googledevelopers', 2260000],
    ]);
  });

  it('changes nothing when the same files are imported again', async () => {
    const files = [
      CHANNELS,
      VIDEO,
      file('pyyoutube_videos_chart_paged_1.json'),
      file('pyyoutube_videos_info_multi.json'),
    ];
    await run(files);
    const before = await tableCounts(t.db);
    const again = await run(files);
    expect(again).toMatchObject({ imported: 0, updated: 0, rejected: 0 });
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('keeps videos of an unknown channel under a stand-in account that channels.list completes later', async () => {
    const first = await run([VIDEO]);
    expect(first).toMatchObject({ imported: 1, rejected: 0 });
    expect((await accounts()).map((a) => [a.handle, a.external_id, a.display_name, a.followers])).toEqual([
      ['UC_x5XG1OV2P6uZZ5FSM9Ttw', 'UC_x5XG1OV2P6uZZ5FSM9Ttw', 'Google Developers', null],
    ]);
    const second = await run([CHANNEL]);
    expect(second).toMatchObject({ imported: 0, updated: 1 });
    const [account] = await accounts();
    expect(await accounts()).toHaveLength(1);
    expect(account).toMatchObject({ handle: 'googledevelopers', followers: 1927873 });
    expect(await t.db.selectFrom('posts').select('account_id').execute()).toEqual([{ account_id: account!.id }]);
    // Videos imported after that keep the real handle.
    expect(await run([VIDEO])).toMatchObject({ updated: 0, unchanged: 1 });
    expect((await accounts())[0]!.handle).toBe('googledevelopers');
  });

  it('creates one stand-in account per channel of a chart page', async () => {
    const summary = await run([file('pyyoutube_videos_chart_paged_1.json')]);
    expect(summary).toMatchObject({ imported: 5, rejected: 0 });
    expect((await accounts()).map((a) => a.display_name).sort()).toEqual([
      'MrBeast',
      'Niki and Gabi',
      'THE PRINCE FAMILY',
      'The ACE Family',
      'Xfinity',
    ]);
  });

  it('rejects a bad item alone and stores nothing of it', async () => {
    const good = { ...videoItem(), id: 'good1' };
    const bad = { ...videoItem(), id: 'bad1', statistics: { ...videoItem().statistics, likeCount: 'lots' } };
    const summary = await run([videoList('videos.json', [bad, good])]);
    expect(summary.rejections).toEqual([
      {
        record: 'videos.json items[0]',
        field: 'items[0].statistics.likeCount',
        reason: 'expected a count as a string of digits',
      },
    ]);
    expect(await t.db.selectFrom('posts').select('external_id').execute()).toEqual([{ external_id: 'good1' }]);
  });

  it('stores shorts, hidden counts and the paid placement flag', async () => {
    const item = videoItem();
    const short = {
      ...item,
      id: 'short1',
      contentDetails: { duration: 'PT42S' },
      statistics: { viewCount: '1000' },
      paidProductPlacementDetails: loadJson(YT, 'pyyoutube_model_video_paid_product_placement_details.json'),
    };
    await run([videoList('v.json', [short])]);
    expect(
      await t.db
        .selectFrom('posts')
        .select(['type', 'views', 'likes', 'comments', 'is_paid_partnership'])
        .executeTakeFirstOrThrow(),
    ).toEqual({ type: 'short', views: 1000, likes: null, comments: null, is_paid_partnership: 1 });
  });

  it('keeps a known short a short when a later read lacks contentDetails', async () => {
    const item = videoItem();
    await run([videoList('with-length.json', [{ ...item, contentDetails: { duration: 'PT30S' } }])]);
    const summary = await run([file('pyyoutube_videos_info_single.json')]);
    expect(summary.rejected).toBe(0);
    expect((await t.db.selectFrom('posts').select('type').executeTakeFirstOrThrow()).type).toBe('short');
  });

  it('rejects payloads it does not read, naming the file', async () => {
    const summary = await run([file('pyyoutube_search_videos_by_channel.json'), CHANNEL]);
    expect(summary.rejections.map((r) => [r.record, r.field])).toEqual([
      ['pyyoutube_search_videos_by_channel.json', 'kind'],
    ]);
    expect(summary.imported).toBe(1);
  });
});
