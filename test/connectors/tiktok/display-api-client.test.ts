import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tiktokPlatform } from '../../../src/connectors/tiktok/platform.ts';
import { loopbackOnlyFetch, startReplayServer, type ReplayServer } from '../../support/replay-server.ts';

const TOKEN = 'act.example12345Example12345Example';
const userInfo = JSON.parse(readFileSync('test/fixtures/tiktok/user-info-full.json', 'utf8')) as unknown;

describe('TikTok Display API client against a replay of the documented answer', () => {
  let server: ReplayServer;
  const seenAuth: (string | undefined)[] = [];
  beforeAll(async () => {
    server = await startReplayServer((url, request) => {
      seenAuth.push(request.headers.authorization);
      return url.pathname === '/v2/user/info/' ? { body: userInfo } : undefined;
    });
  });
  afterAll(async () => server.close());

  it('asks user/info for the profile and stats fields with the bearer token, and returns the answer as it came', async () => {
    const client = tiktokPlatform.client({
      baseUrl: `${server.origin}/v2/`,
      credential: TOKEN,
      fetch: loopbackOnlyFetch(),
    });
    expect(await client.userInfo()).toEqual([{ name: 'tiktok user/info', json: userInfo }]);
    const fields = server.requests.at(-1)?.searchParams.get('fields')?.split(',');
    expect(fields).toEqual(expect.arrayContaining(['open_id', 'username', 'follower_count', 'video_count']));
    expect(seenAuth.at(-1)).toBe(`Bearer ${TOKEN}`);
    // The token travels in the header only, never in the URL that error messages show.
    expect(server.requests.at(-1)?.search).not.toContain(TOKEN);
  });
});
