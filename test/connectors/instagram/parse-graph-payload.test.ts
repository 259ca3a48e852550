import { describe, expect, it } from 'vitest';
import type {
  AudienceFact,
  PlatformFact,
  PostMetricsFact,
  PostsFact,
  ProfileFact,
  ReportedFact,
} from '../../../src/core/imports/platform-facts.ts';
import { parseGraphPayload } from '../../../src/connectors/instagram/parse-graph-payload.ts';
import { loadJson } from '../../support/load-json.ts';

const recorded = (file: string) => parseGraphPayload(file, loadJson('api-instagram-graph', file));
const only = <K extends PlatformFact['kind']>(facts: PlatformFact[], kind: K) =>
  facts.filter((f): f is Extract<PlatformFact, { kind: K }> => f.kind === kind);

describe('parseGraphPayload on the recorded payloads', () => {
  it('reads a Business Discovery user as a profile', () => {
    const { facts, rejections } = recorded('pyfacebook_discovery_user_fields.json');
    expect(rejections).toEqual([]);
    const [profile] = facts as ProfileFact[];
    expect(facts).toHaveLength(1);
    expect(profile).toMatchObject({
      kind: 'profile',
      source: 'instagram_graph:business_discovery',
      creator: { displayName: 'Facebook for Developers' },
      account: {
        platform: 'instagram',
        handle: 'facebookfordevelopers',
        externalId: '17841407673135339',
        displayName: 'Facebook for Developers',
        followers: 64976,
        postsCount: 436,
        bio: 'Follow us for updates on Facebook’s business tools, AI, AR, VR, and more.',
      },
    });
    expect(profile!.account.following).toBeUndefined();
    expect(profile!.account.profilePictureUrl).toMatch(/^https:\/\/scontent-nrt1-1\.xx\.fbcdn\.net\//);
  });

  it('reads a direct user read as a profile of the same account', () => {
    const [profile] = recorded('pyfacebook_users_user_fields.json').facts as ProfileFact[];
    expect(profile).toMatchObject({
      source: 'instagram_graph:user',
      account: { handle: 'facebookfordevelopers', externalId: '17841407673135339', followers: 64363, postsCount: 427 },
    });
  });

  it('reads both Business Discovery media pages as posts of business_discovery.id', () => {
    const pages = ['pyfacebook_discovery_medias_p1.json', 'pyfacebook_discovery_medias_p2.json'].map(recorded);
    const facts = pages.flatMap((p) => p.facts) as PostsFact[];
    expect(facts.map((f) => f.owner)).toEqual([
      { platform: 'instagram', externalId: '17841407673135339' },
      { platform: 'instagram', externalId: '17841407673135339' },
    ]);
    expect(facts[0]!.origin).toEqual({ file: 'pyfacebook_discovery_medias_p1.json', path: 'business_discovery.id' });
    const posts = facts.flatMap((f) => f.posts);
    expect(posts.map((p) => [p.externalId, p.type, p.likes, p.comments, p.postedAt])).toEqual([
      ['17885103395504675', 'image', 87, 11, '2021-08-17T19:00:42.000Z'],
      ['17886271043461692', 'image', 186, 16, '2021-08-16T17:35:10.000Z'],
      ['17939347456563225', 'image', 50, 3, '2021-08-11T19:56:42.000Z'],
      ['18165241603086291', 'video', 86, 5, '2021-08-10T16:57:42.000Z'],
    ]);
    expect(posts[0]).toMatchObject({
      permalink: 'https://www.instagram.com/p/CSr71Gzlqo4/',
      hashtags: [],
      mentions: [],
    });
    expect(posts[0]!.caption).toMatch(/^To attract new players/);
  });

  it('reads a multi-id media read, with the carousel, as posts whose owner is not named', () => {
    const { facts } = recorded('pyfacebook_medias_medias_fields.json');
    const [fact] = only(facts, 'posts');
    expect(fact!.owner).toBeUndefined();
    expect(fact!.posts.map((p) => [p.externalId, p.type, p.caption, p.likes, p.comments])).toEqual([
      ['17893085207160254', 'image', 'Peach new', 1, 0],
      ['17896129349106152', 'carousel', 'ALBUM', 1, 0],
    ]);
  });

  it('reads legacy media insights into impressions, reach and saves', () => {
    const [fact] = recorded('pyfacebook_medias_insights.json').facts as PostMetricsFact[];
    expect(fact).toMatchObject({
      kind: 'post_metrics',
      postExternalId: '17846368219941692',
      metrics: { impressions: 8, reach: 5, saves: 0 },
      ignored: [],
    });
    expect(fact!.origin.path).toBe('data[0].id');
  });

  it('notes v18 media metrics it does not store', () => {
    const [fact] = recorded('pyfacebook_medias_insights_new.json').facts as PostMetricsFact[];
    expect(fact).toMatchObject({ postExternalId: '18035507131611621', metrics: {}, ignored: ['profile_activity'] });
  });

  it('reads legacy account insights as daily reported metrics dated by end_time', () => {
    const facts = recorded('pyfacebook_users_user_insights.json').facts as ReportedFact[];
    expect(facts.map((f) => [f.owner.externalId, f.observedAt, f.reported])).toEqual([
      [
        '17841400008460056',
        '2017-05-04T07:00:00.000Z',
        [
          { metric: 'impressions_day', value: 4 },
          { metric: 'reach_day', value: 3 },
          { metric: 'profile_views_day', value: 0 },
        ],
      ],
      [
        '17841400008460056',
        '2017-05-05T07:00:00.000Z',
        [
          { metric: 'impressions_day', value: 66 },
          { metric: 'reach_day', value: 36 },
          { metric: 'profile_views_day', value: 2 },
        ],
      ],
    ]);
  });

  it('reads v18 total_value account insights with breakdowns in the metric names', () => {
    const [fact] = recorded('pyfacebook_users_user_insights_new.json').facts as ReportedFact[];
    expect(fact!.owner).toEqual({ platform: 'instagram', externalId: '17841454149711910' });
    // The window's end is the `since` of paging.next.
    expect(fact!.observedAt).toBe('2023-11-10T07:59:12.000Z');
    const byName = Object.fromEntries(fact!.reported.map((r) => [r.metric, r.value]));
    expect(fact!.reported).toHaveLength(15);
    expect(byName.reach_total).toBe(14516883);
    expect(byName['reach_total{media_product_type=AD,follow_type=NON_FOLLOWER}']).toBe(14357147);
    expect(byName['reach_total{media_product_type=REEL,follow_type=FOLLOWER}']).toBe(58345);
  });

  it('reads follower_demographics by age and gender as a verified audience', () => {
    const [fact] = recorded('airbyte_follower_demographics_age_gender.json').facts as AudienceFact[];
    expect(fact!.owner).toBeUndefined();
    const [audience] = fact!.audiences;
    expect(audience).toMatchObject({
      dimension: 'age_gender',
      source: 'verified',
      origin: 'instagram_graph:follower_demographics',
      sampleSize: 64,
    });
    expect(audience!.asOf).toBeUndefined();
    expect(audience!.segments).toEqual([
      { key: '18-24:female', share: 10 / 64, count: 10 },
      { key: '18-24:male', share: 7 / 64, count: 7 },
      { key: '18-24:unknown', share: 1 / 64, count: 1 },
      { key: '25-34:female', share: 25 / 64, count: 25 },
      { key: '25-34:male', share: 19 / 64, count: 19 },
      { key: '25-34:unknown', share: 2 / 64, count: 2 },
    ]);
    expect(audience!.segments.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
  });

  it('reads follower_demographics by city', () => {
    const [fact] = recorded('airbyte_follower_demographics_city.json').facts as AudienceFact[];
    const [audience] = fact!.audiences;
    expect(audience).toMatchObject({ dimension: 'city', sampleSize: 295 });
    expect(audience!.segments).toHaveLength(45);
    expect(audience!.segments.find((s) => s.key === 'São Paulo, São Paulo (state)')).toEqual({
      key: 'São Paulo, São Paulo (state)',
      share: 10 / 295,
      count: 10,
    });
    expect(audience!.segments.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
  });
});

describe('parseGraphPayload on other shapes', () => {
  const media = (overrides: Record<string, unknown>) => ({
    id: '1',
    media_type: 'IMAGE',
    timestamp: '2024-05-01T10:00:00+0000',
    caption: '',
    comments_count: 1,
    like_count: 2,
    ...overrides,
  });

  it.each([
    ['IMAGE', undefined, 'image'],
    ['CAROUSEL_ALBUM', 'FEED', 'carousel'],
    ['VIDEO', 'FEED', 'video'],
    ['VIDEO', 'REELS', 'reel'],
    ['IMAGE', 'STORY', 'story'],
  ])('types %s/%s media as %s', (mediaType, productType, type) => {
    const { facts } = parseGraphPayload('m.json', {
      data: [media({ media_type: mediaType, media_product_type: productType })],
    });
    expect((facts[0] as PostsFact).posts[0]!.type).toBe(type);
  });

  it('keeps hidden likes as null, never 0, and reads tags from the caption', () => {
    const { facts } = parseGraphPayload('m.json', {
      data: [
        media({
          like_count: undefined,
          caption: 'Sun’s out #Anklets #ad with @Ana.Feet — mail me at ana@shop.com',
          username: 'Ana.Feet',
        }),
      ],
    });
    const fact = facts[0] as PostsFact;
    expect(fact.owner).toEqual({ platform: 'instagram', handle: 'ana.feet' });
    expect(fact.posts[0]).toMatchObject({
      likes: null,
      comments: 1,
      hashtags: ['anklets', 'ad'],
      mentions: ['ana.feet'],
    });
  });

  it('names the owner of media read with the owner field', () => {
    const { facts } = parseGraphPayload('m.json', { 5: media({ id: '5', owner: { id: '178' } }) });
    expect((facts[0] as PostsFact).owner).toEqual({ platform: 'instagram', externalId: '178' });
  });

  it('reads legacy audience_* flat maps, dated by end_time', () => {
    const { facts, rejections } = parseGraphPayload('legacy.json', {
      data: [
        {
          name: 'audience_gender_age',
          period: 'lifetime',
          values: [{ value: { 'F.18-24': 30, 'M.25-34': 10, 'U.65+': 0 }, end_time: '2020-06-01T07:00:00+0000' }],
          id: '17841400008460056/insights/audience_gender_age/lifetime',
        },
        {
          name: 'audience_country',
          period: 'lifetime',
          values: [{ value: { US: 75, gb: 25 }, end_time: '2020-06-01T07:00:00+0000' }],
          id: '17841400008460056/insights/audience_country/lifetime',
        },
      ],
    });
    expect(rejections).toEqual([]);
    const audiences = (facts as AudienceFact[]).map((f) => [f.owner, f.audiences[0]]);
    expect(audiences).toEqual([
      [
        { platform: 'instagram', externalId: '17841400008460056' },
        {
          dimension: 'age_gender',
          source: 'verified',
          origin: 'instagram_graph:audience_gender_age',
          sampleSize: 40,
          asOf: '2020-06-01T07:00:00.000Z',
          segments: [
            { key: '18-24:female', share: 0.75, count: 30 },
            { key: '25-34:male', share: 0.25, count: 10 },
            { key: '65+:unknown', share: 0, count: 0 },
          ],
        },
      ],
      [
        { platform: 'instagram', externalId: '17841400008460056' },
        {
          dimension: 'country',
          source: 'verified',
          origin: 'instagram_graph:audience_country',
          sampleSize: 100,
          asOf: '2020-06-01T07:00:00.000Z',
          segments: [
            { key: 'US', share: 0.75, count: 75 },
            { key: 'GB', share: 0.25, count: 25 },
          ],
        },
      ],
    ]);
  });
});

describe('parseGraphPayload rejections', () => {
  const discovery = loadJson('api-instagram-graph', 'pyfacebook_discovery_user_fields.json') as {
    business_discovery: Record<string, unknown>;
  };

  it('names the file, the JSON path and the reason when a field fails validation', () => {
    const bad = { ...discovery, business_discovery: { ...discovery.business_discovery, followers_count: 'abc' } };
    const result = parseGraphPayload('bad.json', bad);
    expect(result.facts).toEqual([]);
    expect(result.rejections).toEqual([
      {
        record: 'bad.json',
        field: 'business_discovery.followers_count',
        reason: 'Invalid input: expected number, received string',
      },
    ]);
  });

  it('refuses a mentioned_media read without username, whose author would be unknown', () => {
    const bad = {
      mentioned_media: { id: '17873440459141021', media_type: 'IMAGE', timestamp: '2021-08-22T12:00:00+0000' },
    };
    expect(parseGraphPayload('mention.json', bad).rejections).toEqual([
      {
        record: 'mention.json',
        field: 'mentioned_media.username',
        reason: 'the author is required: ask for fields=…{username,…}',
      },
    ]);
  });

  it('--brand-tags marks the media of a media list as tagging the brand, and leaves a user read as it is', () => {
    const page = {
      data: [{ id: '17895695668004550', media_type: 'IMAGE', timestamp: '2021-08-20T18:04:12+0000', username: 'ana' }],
    };
    const [tagged] = parseGraphPayload('tags.json', page, { brandTags: true }).facts as PostsFact[];
    expect(tagged!.posts.map((p) => p.brandMention)).toEqual(['tagged']);
    const [plain] = parseGraphPayload('media.json', page).facts as PostsFact[];
    expect(plain!.posts.map((p) => p.brandMention)).toEqual([undefined]);
    const user = loadJson('api-instagram-graph', 'pyfacebook_discovery_user_fields.json');
    expect(parseGraphPayload('user.json', user, { brandTags: true })).toEqual(parseGraphPayload('user.json', user));
  });

  it('rejects an invalid username at its path', () => {
    const bad = { ...discovery, business_discovery: { ...discovery.business_discovery, username: 'not a handle' } };
    expect(parseGraphPayload('bad.json', bad).rejections).toEqual([
      {
        record: 'bad.json',
        field: 'business_discovery.username',
        reason: '"not a handle" is not a valid Instagram username',
      },
    ]);
  });

  it('rejects a whole multi-id read when one media is bad, naming its path', () => {
    const read = loadJson('api-instagram-graph', 'pyfacebook_medias_medias_fields.json') as Record<
      string,
      Record<string, unknown>
    >;
    const bad = { ...read, 17896129349106152: { ...read['17896129349106152'], timestamp: 'last tuesday' } };
    const result = parseGraphPayload('media.json', bad);
    expect(result.facts).toEqual([]);
    expect(result.rejections).toEqual([
      {
        record: 'media.json',
        field: '17896129349106152.timestamp',
        reason: 'expected an ISO-8601 date-time with a time zone',
      },
    ]);
  });

  it('rejects a breakdown whose tuples do not match its dimension keys', () => {
    const demo = loadJson('api-instagram-graph', 'airbyte_follower_demographics_age_gender.json') as {
      data: [{ total_value: { breakdowns: [{ results: unknown[] }] } }];
    };
    const bad = structuredClone(demo);
    bad.data[0].total_value.breakdowns[0].results[2] = { dimension_values: ['18-24'], value: 1 };
    expect(parseGraphPayload('demo.json', bad).rejections).toEqual([
      {
        record: 'demo.json',
        field: 'data[0].total_value.breakdowns[0].results[2].dimension_values',
        reason: 'expected 2 values (age, gender)',
      },
    ]);
  });

  it('rejects an unknown gender code', () => {
    const demo = loadJson('api-instagram-graph', 'airbyte_follower_demographics_age_gender.json') as {
      data: [{ total_value: { breakdowns: [{ results: unknown[] }] } }];
    };
    const bad = structuredClone(demo);
    bad.data[0].total_value.breakdowns[0].results[0] = { dimension_values: ['18-24', 'X'], value: 1 };
    expect(parseGraphPayload('demo.json', bad).rejections[0]).toMatchObject({
      field: 'data[0].total_value.breakdowns[0].results[0].dimension_values',
      reason: 'unrecognised age,gender value ["18-24","X"]',
    });
  });

  it.each([
    ['an unrelated object', { hello: 1 }],
    ['an array', [1, 2]],
    ['a YouTube response', { kind: 'youtube#channelListResponse', items: [] }],
  ])('rejects %s as not a recognised payload', (_label, json) => {
    const [rejection] = parseGraphPayload('x.json', json).rejections;
    expect(rejection).toMatchObject({ record: 'x.json', field: '(root)' });
    expect(rejection!.reason).toMatch(
      /^not a recognised Instagram Graph payload \(expected a Business Discovery response/,
    );
  });

  it('says so when the payload is a Graph error response', () => {
    const json = { error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 } };
    expect(parseGraphPayload('e.json', json).rejections).toEqual([
      {
        record: 'e.json',
        field: 'error',
        reason: 'the payload is a Graph API error response: Invalid OAuth access token. (code 190)',
      },
    ]);
  });
});
