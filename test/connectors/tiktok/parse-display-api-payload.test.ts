import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDisplayApiPayload } from '../../../src/connectors/tiktok/parse-display-api-payload.ts';

const load = (file: string) => JSON.parse(readFileSync(`test/fixtures/tiktok/${file}`, 'utf8')) as unknown;

describe('TikTok Display API payloads', () => {
  it('reads user/info with the profile and stats scopes as a profile, its open_id kept as the platform id', () => {
    const parsed = parseDisplayApiPayload('user.json', load('user-info-full.json'));
    expect(parsed.rejections).toEqual([]);
    expect(parsed.facts).toEqual([
      expect.objectContaining({
        kind: 'profile',
        account: expect.objectContaining({
          platform: 'tiktok',
          handle: 'ana_feet',
          externalId: '723f24d7-e717-40f8-a2b6-cb8464cd23b4',
          followers: 88_000,
          following: 312,
          postsCount: 140,
          displayName: 'Ana Feet',
        }),
        reported: [{ metric: 'total_likes', value: 1_204_000 }],
      }),
    ]);
  });

  it('says why the documented basic-scope answer imports nothing (no username, no counts)', () => {
    const parsed = parseDisplayApiPayload('basic.json', load('user-info-basic.json'));
    expect(parsed.facts).toEqual([]);
    expect(parsed.warnings).toEqual([
      expect.stringContaining('basic.json: the user has neither a username nor counts'),
    ]);
  });

  it('reads video/list as posts of no named owner, unknown counts left unknown', () => {
    const parsed = parseDisplayApiPayload('videos.json', load('video-list.json'));
    expect(parsed.rejections).toEqual([]);
    const [fact] = parsed.facts;
    expect(fact).toMatchObject({ kind: 'posts', owner: undefined, source: 'tiktok_display_api:videos' });
    if (fact?.kind !== 'posts') throw new Error('expected posts');
    expect(fact.posts[0]).toMatchObject({
      externalId: '7080217258529818923',
      type: 'video',
      postedAt: '2022-03-31T22:40:00.000Z',
      views: 88_000,
      likes: 5400,
      comments: 120,
      hashtags: ['summer'],
      mentions: ['bo.sandals'],
    });
    expect([fact.posts[1]?.views, fact.posts[1]?.likes]).toEqual([undefined, undefined]);
  });

  it('names an API error response and a bad video by its path', () => {
    const error = parseDisplayApiPayload('e.json', {
      data: {},
      error: { code: 'access_token_invalid', message: 'The access token is invalid', log_id: 'x' },
    });
    expect(error.rejections).toEqual([
      {
        record: 'e.json',
        field: 'error',
        reason: 'the payload is a TikTok API error response: The access token is invalid (code access_token_invalid)',
      },
    ]);
    const bad = parseDisplayApiPayload('v.json', {
      data: { videos: [{ id: '1', create_time: 'yesterday' }] },
      error: { code: 'ok' },
    });
    expect(bad.rejections[0]?.field).toBe('data.videos[0].create_time');
  });
});
