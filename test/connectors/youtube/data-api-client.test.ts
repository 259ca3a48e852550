import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../../src/connectors/http/api-request-error.ts';
import { createYouTubeClient } from '../../../src/connectors/youtube/data-api-client.ts';
import { loadJson } from '../../support/load-json.ts';
import { YT_KEY, youtubeRoutes } from '../../support/recorded-apis.ts';
import { loopbackOnlyFetch, startReplayServer, type ReplayServer } from '../../support/replay-server.ts';

describe('YouTube Data API client against a replay of the recorded payloads', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startReplayServer(youtubeRoutes);
  });
  afterAll(async () => server.close());
  const client = (key = YT_KEY) =>
    createYouTubeClient({ baseUrl: `${server.origin}/youtube/v3`, apiKey: key, fetch: loopbackOnlyFetch() });

  it('reads channels by id in one call and by handle with forHandle', async () => {
    const start = server.requests.length;
    const payloads = await client().channels([
      'UCK8sQmJBp8GCxrOtXWBpyEA',
      '@googledevelopers',
      'UC_x5XG1OV2P6uZZ5FSM9Ttw',
    ]);
    expect(payloads.map((p) => p.json)).toEqual([
      loadJson('api-youtube', 'pyyoutube_channels_info_multiple.json'),
      loadJson('api-youtube', 'pyyoutube_channel_info_single.json'),
    ]);
    expect(server.requests.slice(start).map((u) => Object.fromEntries(u.searchParams))).toEqual([
      {
        part: 'snippet,statistics,contentDetails',
        id: 'UCK8sQmJBp8GCxrOtXWBpyEA,UC_x5XG1OV2P6uZZ5FSM9Ttw',
        key: YT_KEY,
      },
      { part: 'snippet,statistics,contentDetails', forHandle: '@googledevelopers', key: YT_KEY },
    ]);
  });

  it('reads videos with the snippet, contentDetails, statistics and paidProductPlacementDetails parts', async () => {
    const start = server.requests.length;
    const [payload] = await client().videos(['D-lhorsDlUQ']);
    expect(payload!.json).toEqual(loadJson('api-youtube', 'pyyoutube_model_video_api_response.json'));
    expect(server.requests[start]!.searchParams.get('part')).toBe(
      'snippet,contentDetails,statistics,paidProductPlacementDetails',
    );
  });

  it('turns an API error into a clear error, without the key', async () => {
    const error = (await client('bad-key-789')
      .videos(['D-lhorsDlUQ'])
      .catch((e: unknown) => e)) as ApiRequestError;
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error.message).toBe(
      'the YouTube Data API answered 400 to GET /youtube/v3/videos?part=snippet,contentDetails,statistics,paidProductPlacementDetails&id=D-lhorsDlUQ&key=***: API key not valid. Please pass a valid API key. (code 400)',
    );
  });

  it('refuses ids and handles that cannot be sent', async () => {
    await expect(client().channels(['not a handle'])).rejects.toThrow(
      '"not a handle" is neither a channel id (UC…) nor a YouTube handle',
    );
    await expect(client().videos(['a&b'])).rejects.toThrow('"a&b" is not a YouTube video id');
  });
});
