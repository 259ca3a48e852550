import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../../src/connectors/instagram/graph-client.ts';
import { ApiRequestError } from '../../../src/connectors/http/api-request-error.ts';
import { loadJson } from '../../support/load-json.ts';
import { graphRoutes, IG_CALLER_ID, IG_TOKEN } from '../../support/recorded-apis.ts';
import { loopbackOnlyFetch, startReplayServer, type ReplayServer } from '../../support/replay-server.ts';

describe('Graph API client against a replay of the recorded payloads', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startReplayServer(graphRoutes);
  });
  afterAll(async () => server.close());
  const client = (token = IG_TOKEN) =>
    createGraphClient({ baseUrl: `${server.origin}/v21.0/`, accessToken: token, fetch: loopbackOnlyFetch() });
  const since = () => server.requests.length;

  it('reads the profile, then follows paging.cursors.after through both media pages', async () => {
    const start = since();
    const payloads = await client().businessDiscovery(IG_CALLER_ID, '@FacebookForDevelopers', { mediaLimit: 25 });
    expect(payloads.map((p) => p.name)).toEqual([
      'instagram @facebookfordevelopers profile',
      'instagram @facebookfordevelopers media page 1',
      'instagram @facebookfordevelopers media page 2',
    ]);
    expect(payloads.map((p) => p.json)).toEqual([
      loadJson('api-instagram-graph', 'pyfacebook_discovery_user_fields.json'),
      loadJson('api-instagram-graph', 'pyfacebook_discovery_medias_p1.json'),
      loadJson('api-instagram-graph', 'pyfacebook_discovery_medias_p2.json'),
    ]);
    // The second page repeats cursor "after": paging stops instead of looping.
    const requests = server.requests.slice(start);
    expect(requests).toHaveLength(3);
    expect(requests.map((u) => u.pathname)).toEqual(Array(3).fill(`/v21.0/${IG_CALLER_ID}`));
    expect(requests.every((u) => u.searchParams.get('access_token') === IG_TOKEN)).toBe(true);
    const fields = requests.map((u) => u.searchParams.get('fields'));
    expect(fields[0]).toBe(
      'business_discovery.username(facebookfordevelopers){id,username,name,biography,website,profile_picture_url,followers_count,follows_count,media_count}',
    );
    expect(fields[1]).toMatch(
      /^business_discovery\.username\(facebookfordevelopers\)\{media\.limit\(25\)\{id,caption,comments_count,like_count,media_type,media_product_type,permalink,timestamp\}\}$/,
    );
    expect(fields[2]).toMatch(/\{media\.after\(after\)\.limit\(23\)\{/);
  });

  it('stops once the media limit is reached', async () => {
    const start = since();
    const payloads = await client().businessDiscovery(IG_CALLER_ID, 'facebookfordevelopers', { mediaLimit: 2 });
    expect(payloads).toHaveLength(2);
    expect(server.requests.slice(start)[1]!.searchParams.get('fields')).toContain('media.limit(2)');
  });

  it('reads follower_demographics by each breakdown of the connected account', async () => {
    const start = since();
    const payloads = await client().followerDemographics(IG_CALLER_ID);
    expect(payloads.map((p) => p.json)).toEqual([
      loadJson('api-instagram-graph', 'airbyte_follower_demographics_age_gender.json'),
      { data: [] },
      loadJson('api-instagram-graph', 'airbyte_follower_demographics_city.json'),
    ]);
    const [first] = server.requests.slice(start);
    expect(first!.pathname).toBe(`/v21.0/${IG_CALLER_ID}/insights`);
    expect(Object.fromEntries(first!.searchParams)).toEqual({
      metric: 'follower_demographics',
      period: 'lifetime',
      metric_type: 'total_value',
      breakdown: 'age,gender',
      access_token: IG_TOKEN,
    });
  });

  it('turns an API error into a clear error with the status and Graph message, without the token', async () => {
    const error = await client('wrong-secret')
      .businessDiscovery(IG_CALLER_ID, 'facebookfordevelopers')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    const { message, upstreamStatus, code } = error as ApiRequestError;
    expect(upstreamStatus).toBe(400);
    expect(code).toBe('bad_request');
    expect(message).toMatch(
      /^the Instagram Graph API answered 400 to GET \/v21\.0\/17841406338772941\?fields=business_discovery\.username\(facebookfordevelopers\)\{.*\}&access_token=\*\*\*: Invalid OAuth access token - Cannot parse access token \(OAuthException, code 190\)$/,
    );
    expect(message).not.toContain('wrong-secret');
  });

  it('reports an unknown username with the Graph message', async () => {
    await expect(client().businessDiscovery(IG_CALLER_ID, 'somebody_else')).rejects.toThrow(
      /answered 400 .*: \(#110\) Cannot find User facebookfordevelopers/,
    );
  });

  it('refuses a username that is not a handle before calling the API', async () => {
    const start = since();
    await expect(client().businessDiscovery(IG_CALLER_ID, 'x){id}')).rejects.toThrow(
      '"x){id}" is not a valid Instagram username',
    );
    expect(since()).toBe(start);
  });

  it('says when the API cannot be reached', async () => {
    const offline = createGraphClient({
      baseUrl: 'https://graph.facebook.com/v21.0',
      accessToken: 'secret',
      fetch: loopbackOnlyFetch(),
    });
    const error = (await offline.followerDemographics(IG_CALLER_ID).catch((e: unknown) => e)) as ApiRequestError;
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error.message).toMatch(
      /^could not reach the Instagram Graph API \(GET \/v21\.0\/17841406338772941\/insights\?.*access_token=\*\*\*\): test tried to reach https:\/\/graph\.facebook\.com$/,
    );
  });
});
