import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cliHarness, type CliHarness } from '../support/cli-harness.ts';
import { graphRoutes, IG_CALLER_ID, IG_TOKEN, YT_KEY, youtubeRoutes } from '../support/recorded-apis.ts';
import { loopbackOnlyFetch, startReplayServer, type ReplayServer } from '../support/replay-server.ts';

describe('microreach fetch instagram|youtube', () => {
  let graph: ReplayServer;
  let youtube: ReplayServer;
  let cli: CliHarness;
  beforeAll(async () => {
    graph = await startReplayServer(graphRoutes);
    youtube = await startReplayServer(youtubeRoutes);
    // The commands use the global fetch: keep it from going anywhere but the replay servers.
    vi.stubGlobal('fetch', loopbackOnlyFetch(globalThis.fetch));
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await graph.close();
    await youtube.close();
  });
  beforeEach(() => {
    cli = cliHarness({ INSTAGRAM_GRAPH_URL: `${graph.origin}/v21.0`, YOUTUBE_API_URL: `${youtube.origin}/youtube/v3` });
  });
  afterEach(() => cli.cleanup());

  it('fetches an Instagram account through Business Discovery, with its demographics, and imports it', async () => {
    const result = await cli.run([
      'fetch',
      'instagram',
      'facebookfordevelopers',
      '--ig-user-id',
      IG_CALLER_ID,
      '--token',
      IG_TOKEN,
      '--demographics',
      '--json',
    ]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ imported: 1, rejected: 0 });
    const db = cli.openDb();
    try {
      expect(await db.selectFrom('accounts').select(['handle', 'followers']).execute()).toEqual([
        { handle: 'facebookfordevelopers', followers: 64976 },
      ]);
      expect(
        Number(
          (
            await db
              .selectFrom('posts')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ).toBe(4);
      expect(
        await db.selectFrom('audiences').select(['dimension', 'sample_size']).orderBy('dimension').execute(),
      ).toEqual([
        { dimension: 'age_gender', sample_size: 64 },
        { dimension: 'city', sample_size: 295 },
      ]);
    } finally {
      await db.destroy();
    }
  });

  it('prints the Graph error and exits 2 when the token is refused, never echoing the token', async () => {
    const result = await cli.run([
      'fetch',
      'instagram',
      'facebookfordevelopers',
      '--ig-user-id',
      IG_CALLER_ID,
      '--token',
      'leaky-secret',
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /^error: the Instagram Graph API answered 400 to GET .*: Invalid OAuth access token - Cannot parse access token \(OAuthException, code 190\)$/,
    );
    expect(result.err).not.toContain('leaky-secret');
  });

  it('fetches YouTube channels and videos and imports them', async () => {
    const result = await cli.run([
      'fetch',
      'youtube',
      'UC_x5XG1OV2P6uZZ5FSM9Ttw',
      '--key',
      YT_KEY,
      '--videos',
      'D-lhorsDlUQ',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      'youtube channels UC_x5XG1OV2P6uZZ5FSM9Ttw, youtube videos D-lhorsDlUQ: 1 imported, 1 updated, 0 unchanged, 0 rejected',
    );
  });

  it.each([
    [['fetch', 'instagram', 'x', '--token', 't'], /--ig-user-id must be/],
    [['fetch', 'instagram', 'x', '--ig-user-id', '1'], /--token is required/],
    [['fetch', 'youtube', '@google'], /--key is required/],
  ])('refuses %j', async (argv, message) => {
    const result = await cli.run(argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});
