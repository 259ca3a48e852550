import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../../src/connectors/instagram/graph-client.ts';
import { createYouTubeClient } from '../../../src/connectors/youtube/data-api-client.ts';
import { fetchInstagramAccounts } from '../../../src/services/imports/fetch-instagram-accounts.ts';
import { fetchYouTubeChannels } from '../../../src/services/imports/fetch-youtube-channels.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { graphRoutes, IG_CALLER_ID, IG_TOKEN, YT_KEY, youtubeRoutes } from '../../support/recorded-apis.ts';
import { loopbackOnlyFetch, startReplayServer, type ReplayServer } from '../../support/replay-server.ts';
import { tableCounts } from '../../support/table-counts.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const NOW = new Date('2026-03-04T15:30:00.000Z');

describe.each(testDialects)('fetching and importing live reads on %s', (dialect) => {
  let graph: ReplayServer;
  let youtube: ReplayServer;
  let t: TestDatabase;
  let workspaceId: number;
  beforeAll(async () => {
    graph = await startReplayServer(graphRoutes);
    youtube = await startReplayServer(youtubeRoutes);
  });
  afterAll(async () => {
    await graph.close();
    await youtube.close();
  });
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    workspaceId = (await ensureWorkspace(t.db, 'default')).id;
  });
  afterEach(async () => t.close());

  const igClient = () =>
    createGraphClient({ baseUrl: `${graph.origin}/v21.0`, accessToken: IG_TOKEN, fetch: loopbackOnlyFetch() });

  it('imports a Business Discovery read with both media pages and the follower demographics', async () => {
    const summary = await fetchInstagramAccounts(t.db, igClient(), {
      workspaceId,
      igUserId: IG_CALLER_ID,
      usernames: ['facebookfordevelopers'],
      demographics: true,
      now: NOW,
    });
    expect(summary).toMatchObject({ imported: 1, rejected: 0 });
    expect(summary.warnings).toEqual([
      `instagram ${IG_CALLER_ID} follower_demographics by country: the response has no data, nothing to import`,
    ]);
    const account = await t.db.selectFrom('accounts').selectAll().executeTakeFirstOrThrow();
    // A live read is observed when it is made.
    expect(account).toMatchObject({
      handle: 'facebookfordevelopers',
      followers: 64976,
      posts_count: 436,
      observed_at: NOW.toISOString(),
    });
    const posts = await t.db
      .selectFrom('posts')
      .select(['external_id', 'likes', 'comments'])
      .orderBy('posted_at')
      .execute();
    expect(posts).toEqual([
      { external_id: '18165241603086291', likes: 86, comments: 5 },
      { external_id: '17939347456563225', likes: 50, comments: 3 },
      { external_id: '17886271043461692', likes: 186, comments: 16 },
      { external_id: '17885103395504675', likes: 87, comments: 11 },
    ]);
    const audiences = await t.db
      .selectFrom('audiences')
      .select(['dimension', 'source', 'sample_size', 'as_of'])
      .orderBy('dimension')
      .execute();
    expect(audiences).toEqual([
      { dimension: 'age_gender', source: 'verified', sample_size: 64, as_of: NOW.toISOString() },
      { dimension: 'city', source: 'verified', sample_size: 295, as_of: NOW.toISOString() },
    ]);
    const before = await tableCounts(t.db);
    const again = await fetchInstagramAccounts(t.db, igClient(), {
      workspaceId,
      igUserId: IG_CALLER_ID,
      usernames: ['facebookfordevelopers'],
      demographics: true,
      now: NOW,
    });
    expect(again).toMatchObject({ imported: 0, updated: 0 });
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('stores nothing when a call fails', async () => {
    const bad = createGraphClient({
      baseUrl: `${graph.origin}/v21.0`,
      accessToken: 'nope',
      fetch: loopbackOnlyFetch(),
    });
    await expect(
      fetchInstagramAccounts(t.db, bad, { workspaceId, igUserId: IG_CALLER_ID, usernames: ['facebookfordevelopers'] }),
    ).rejects.toThrow(/answered 400 .*Invalid OAuth access token/);
    expect(await tableCounts(t.db)).toMatchObject({ accounts: 0, posts: 0 });
  });

  it('asks for one username when demographics are wanted', async () => {
    await expect(
      fetchInstagramAccounts(t.db, igClient(), {
        workspaceId,
        igUserId: IG_CALLER_ID,
        usernames: ['a', 'b'],
        demographics: true,
      }),
    ).rejects.toThrow(/give exactly one username/);
  });

  it('imports YouTube channels and videos', async () => {
    const client = createYouTubeClient({
      baseUrl: `${youtube.origin}/youtube/v3`,
      apiKey: YT_KEY,
      fetch: loopbackOnlyFetch(),
    });
    const summary = await fetchYouTubeChannels(t.db, client, {
      workspaceId,
      channels: ['@googledevelopers'],
      videoIds: ['D-lhorsDlUQ'],
      now: NOW,
    });
    expect(summary).toMatchObject({ imported: 1, rejected: 0 });
    const account = await t.db.selectFrom('accounts').selectAll().executeTakeFirstOrThrow();
    expect(account).toMatchObject({ handle: 'googledevelopers', followers: 1927873 });
    expect(await t.db.selectFrom('posts').select(['external_id', 'account_id', 'likes', 'type']).execute()).toEqual([
      { external_id: 'D-lhorsDlUQ', account_id: account.id, likes: 190, type: 'video' },
    ]);
  });
});
