import { describe, expect, it } from 'vitest';
import type { PostsFact, ProfileFact } from '../../../src/core/imports/platform-facts.ts';
import { parseYouTubePayload } from '../../../src/connectors/youtube/parse-youtube-payload.ts';
import { loadJson } from '../../support/load-json.ts';

const load = (file: string) => loadJson('api-youtube', file) as { kind: string; items: Record<string, any>[] };
const recorded = (file: string) => parseYouTubePayload(file, load(file));

describe('parseYouTubePayload: channels.list', () => {
  it('reads a channel with string counts as numbers', () => {
    const { facts, rejections } = recorded('pyyoutube_channel_info_single.json');
    expect(rejections).toEqual([]);
    expect(facts).toEqual([
      {
        kind: 'profile',
        origin: { file: 'pyyoutube_channel_info_single.json', path: 'items[0]' },
        source: 'youtube_data_api:channels',
        creator: { displayName: 'Google Developers', country: 'US' },
        account: {
          platform: 'youtube',
          handle: 'googledevelopers',
          externalId: 'UC_x5XG1OV2P6uZZ5FSM9Ttw',
          displayName: 'Google Developers',
          bio: 'The Google Developers channel features talks from events, educational series, best practices, tips, and the latest updates across our products and platforms.',
          profilePictureUrl:
            'https://yt3.ggpht.com/a/AGF-l78iFtAxyRZcUBzG91kbKMES19z-zGW5KT20_g=s800-c-k-c0xffffffff-no-rj-mo',
          followers: 1927873,
          followersHidden: false,
          postsCount: 5026,
        },
        reported: [{ metric: 'total_views', value: 160361638 }],
      },
    ]);
  });

  it('reads rounded subscriber counts as given', () => {
    const accounts = (recorded('pyyoutube_channels_info_multiple.json').facts as ProfileFact[]).map((f) => [
      f.account.handle,
      f.account.externalId,
      f.account.followers,
      f.account.postsCount,
      f.creator.country,
    ]);
    expect(accounts).toEqual([
      ['google', 'UCK8sQmJBp8GCxrOtXWBpyEA', 10700000, 2678, undefined],
      ['googledevelopers', 'UC_x5XG1OV2P6uZZ5FSM9Ttw', 2260000, 5652, 'US'],
    ]);
  });

  it('stores a hidden subscriber count as null with followersHidden, and falls back to the channel id as handle', () => {
    const json = load('pyyoutube_channel_info_single.json');
    const item = {
      ...json.items[0],
      snippet: { ...json.items[0]!.snippet, customUrl: undefined },
      statistics: { viewCount: '10', hiddenSubscriberCount: true, videoCount: '3' },
    };
    const [fact] = parseYouTubePayload('c.json', { ...json, items: [item] }).facts as ProfileFact[];
    expect(fact!.account).toMatchObject({
      handle: 'UC_x5XG1OV2P6uZZ5FSM9Ttw',
      followers: null,
      followersHidden: true,
      postsCount: 3,
    });
  });

  it('keeps the channel id as handle, with a note, when the custom URL is not a storable handle', () => {
    const json = load('pyyoutube_channel_info_single.json');
    const item = { ...json.items[0], snippet: { ...json.items[0]!.snippet, customUrl: '@グーグル開発者' } };
    const { facts, warnings } = parseYouTubePayload('c.json', { ...json, items: [item] });
    expect((facts[0] as ProfileFact).account.handle).toBe('UC_x5XG1OV2P6uZZ5FSM9Ttw');
    expect(warnings).toEqual([
      'c.json: items[0].snippet.customUrl "@グーグル開発者" is not a handle microreach can store; the channel id is used instead',
    ]);
  });

  it('rejects a bad item alone, naming the file, the item and the field', () => {
    const json = load('pyyoutube_channels_info_multiple.json');
    const items = [
      { ...json.items[0], statistics: { ...json.items[0]!.statistics, subscriberCount: '10.7M' } },
      json.items[1],
    ];
    const { facts, rejections } = parseYouTubePayload('channels.json', { ...json, items });
    expect(rejections).toEqual([
      {
        record: 'channels.json items[0]',
        field: 'items[0].statistics.subscriberCount',
        reason: 'expected a count as a string of digits',
      },
    ]);
    expect((facts as ProfileFact[]).map((f) => f.account.handle)).toEqual(['googledevelopers']);
  });

  it('rejects counts sent as numbers (the API sends strings)', () => {
    const json = load('pyyoutube_channel_info_single.json');
    const items = [{ ...json.items[0], statistics: { ...json.items[0]!.statistics, videoCount: 5026 } }];
    expect(parseYouTubePayload('c.json', { ...json, items }).rejections[0]).toMatchObject({
      field: 'items[0].statistics.videoCount',
      reason: 'Invalid input: expected string, received number',
    });
  });
});

describe('parseYouTubePayload: videos.list', () => {
  it('reads a video with statistics as a post of its channel, with a stand-in channel profile', () => {
    const { facts, rejections } = recorded('pyyoutube_model_video_api_response.json');
    expect(rejections).toEqual([]);
    const [fact] = facts as PostsFact[];
    expect(fact!.owner).toEqual({ platform: 'youtube', externalId: 'UC_x5XG1OV2P6uZZ5FSM9Ttw' });
    expect(fact!.placeholder!.account).toEqual({
      platform: 'youtube',
      handle: 'UC_x5XG1OV2P6uZZ5FSM9Ttw',
      externalId: 'UC_x5XG1OV2P6uZZ5FSM9Ttw',
      displayName: 'Google Developers',
    });
    expect(fact!.posts).toEqual([
      {
        externalId: 'D-lhorsDlUQ',
        type: 'video',
        postedAt: '2019-03-21T20:37:49.000Z',
        title: 'What are Actions on Google (Assistant on Air)',
        caption: expect.stringMatching(/^In the first episode of Assistant on Air/),
        hashtags: [],
        mentions: [],
        permalink: 'https://www.youtube.com/watch?v=D-lhorsDlUQ',
        views: 7920,
        likes: 190,
        comments: 32,
        isPaidPartnership: undefined,
      },
    ]);
    expect(fact!.typeGuessed).toEqual([]);
  });

  it('leaves counts unknown (undefined) when the statistics part was not requested', () => {
    const [fact] = recorded('pyyoutube_videos_info_single.json').facts as PostsFact[];
    expect(fact!.posts[0]).toMatchObject({ likes: undefined, comments: undefined, views: undefined, type: 'video' });
    expect(fact!.typeGuessed).toEqual(['D-lhorsDlUQ']);
  });

  it('marks a count missing from a present statistics part as hidden (null)', () => {
    const json = load('pyyoutube_model_video_api_response.json');
    const items = [{ ...json.items[0], statistics: { viewCount: '7920', commentCount: '32' } }];
    const [fact] = parseYouTubePayload('v.json', { ...json, items }).facts as PostsFact[];
    expect(fact!.posts[0]).toMatchObject({ views: 7920, likes: null, comments: 32 });
  });

  it('reads the paid product placement flag', () => {
    const json = load('pyyoutube_model_video_api_response.json');
    const paid = loadJson('api-youtube', 'pyyoutube_model_video_paid_product_placement_details.json');
    const items = [
      { ...json.items[0], paidProductPlacementDetails: paid },
      { ...json.items[0], id: 'other', paidProductPlacementDetails: { hasPaidProductPlacement: false } },
    ];
    const [fact] = parseYouTubePayload('v.json', { ...json, items }).facts as PostsFact[];
    expect(fact!.posts.map((p) => p.isPaidPartnership)).toEqual([true, false]);
  });

  it.each([
    ['PT45S', 'none', undefined, 'short'],
    ['PT60S', 'none', undefined, 'short'],
    ['PT1M', 'none', undefined, 'short'],
    ['PT1M1S', 'none', undefined, 'video'],
    ['PT21M7S', 'none', undefined, 'video'],
    ['P0D', 'live', undefined, 'video'],
    ['PT3M', 'none', 'Sandals haul #Shorts', 'short'],
  ])('types a %s video (broadcast %s, title %j) as %s', (duration, live, title, type) => {
    const json = load('pyyoutube_model_video_api_response.json');
    const item = json.items[0]!;
    const items = [
      {
        ...item,
        snippet: { ...item.snippet, liveBroadcastContent: live, title: title ?? item.snippet.title },
        contentDetails: { ...item.contentDetails, duration },
      },
    ];
    expect((parseYouTubePayload('v.json', { ...json, items }).facts[0] as PostsFact).posts[0]!.type).toBe(type);
  });

  it('reads hashtags from the title and description, not from snippet.tags', () => {
    const [fact] = recorded('pyyoutube_videos_info_multi.json').facts.slice(1) as PostsFact[];
    expect(fact!.posts[0]!.hashtags).toEqual([
      'nfl100',
      'nfl',
      'nflthrowback',
      'nflhistory',
      'football',
      'americanfootball',
      'nflvault',
    ]);
    const [google] = recorded('pyyoutube_videos_info_multi.json').facts as PostsFact[];
    expect(google!.posts[0]!.hashtags).toEqual([]);
  });

  it('groups a chart page by channel', () => {
    const facts = recorded('pyyoutube_videos_chart_paged_1.json').facts as PostsFact[];
    expect(facts.map((f) => [f.owner!.externalId, f.placeholder!.account.displayName, f.posts.length])).toEqual([
      ['UCWwWOFsW68TqXE-HZLC3WIA', 'The ACE Family', 1],
      ['UC5LGPvoUOfwcLi4Ck8LiR4A', 'THE PRINCE FAMILY', 1],
      ['UCkd0_tpDvgnBqfhUzM7Q0og', 'Xfinity', 1],
      ['UCuVHOs0H5hvAHGr8O4yIBNQ', 'Niki and Gabi', 1],
      ['UCX6OQ3DkcsbYNE6H8uQQuVA', 'MrBeast', 1],
    ]);
  });

  it('rejects a bad duration at its path and keeps the other items', () => {
    const json = load('pyyoutube_model_video_api_response.json');
    const items = [
      { ...json.items[0], contentDetails: { duration: '21:07' } },
      { ...json.items[0], id: 'ok' },
    ];
    const { facts, rejections } = parseYouTubePayload('v.json', { ...json, items });
    expect(rejections).toEqual([
      {
        record: 'v.json items[0]',
        field: 'items[0].contentDetails.duration',
        reason: 'expected an ISO-8601 duration such as PT21M7S',
      },
    ]);
    expect((facts[0] as PostsFact).posts.map((p) => p.externalId)).toEqual(['ok']);
  });
});

describe('parseYouTubePayload: other payloads', () => {
  it.each([
    'pyyoutube_search_videos_by_channel.json',
    'pyyoutube_video_category_by_region.json',
    'pyyoutube_model_video_paid_product_placement_details.json',
  ])('rejects %s as not a recognised payload', (file) => {
    const { facts, rejections } = recorded(file);
    expect(facts).toEqual([]);
    expect(rejections).toEqual([
      {
        record: file,
        field: 'kind',
        reason: expect.stringMatching(
          /^not a recognised YouTube Data API payload \(expected a channels\.list response/,
        ),
      },
    ]);
  });

  it('quotes an API error response', () => {
    const json = {
      error: { code: 403, message: 'The request cannot be completed because you have exceeded your quota.' },
    };
    expect(parseYouTubePayload('e.json', json).rejections).toEqual([
      {
        record: 'e.json',
        field: 'error',
        reason:
          'the payload is a YouTube API error response: The request cannot be completed because you have exceeded your quota. (code 403)',
      },
    ]);
  });
});
