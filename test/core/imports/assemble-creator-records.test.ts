import { describe, expect, it } from 'vitest';
import { assembleCreatorRecords, type AssembleOptions } from '../../../src/core/imports/assemble-creator-records.ts';
import type { PlatformFact, PostsFact, ProfileFact } from '../../../src/core/imports/platform-facts.ts';

const options = (overrides: Partial<AssembleOptions> = {}): AssembleOptions => ({
  observedAt: '2026-03-04T00:00:00.000Z',
  fetchedAt: '2026-03-04T15:30:00.000Z',
  known: { accounts: [], posts: [] },
  ...overrides,
});
const profile = (file: string, followers: number): ProfileFact => ({
  kind: 'profile',
  origin: { file, path: '(root)' },
  source: 'instagram_graph:user',
  creator: { displayName: 'Ana' },
  account: { platform: 'instagram', handle: 'ana', externalId: '42', followers },
});
const posts = (
  file: string,
  post: PostsFact['posts'][number],
  owner: PostsFact['owner'] = { platform: 'instagram', externalId: '42' },
): PostsFact => ({
  kind: 'posts',
  origin: { file, path: 'business_discovery.id' },
  source: 'instagram_graph:business_discovery',
  owner,
  posts: [post],
});
const post = { externalId: 'p1', type: 'image' as const, postedAt: '2026-01-01T00:00:00.000Z' };

describe('assembleCreatorRecords', () => {
  it('writes the record that creates an account before those that refer to it, whatever the fact order', () => {
    const facts: PlatformFact[] = [
      {
        kind: 'post_metrics',
        origin: { file: 'insights.json', path: 'data[0].id' },
        source: 'instagram_graph:media_insights',
        platform: 'instagram',
        postExternalId: 'p1',
        metrics: { reach: 5 },
        ignored: [],
      },
      posts('page.json', { ...post, likes: 3 }),
      profile('user.json', 100),
    ];
    const { records, rejections } = assembleCreatorRecords(facts, options());
    expect(rejections).toEqual([]);
    expect(records.map((r) => r.label)).toEqual([
      'user.json: instagram @ana (instagram_graph:user)',
      'page.json, insights.json: instagram @ana (instagram_graph:business_discovery)',
    ]);
    expect(records[0]!.value).toMatchObject({
      displayName: 'Ana',
      accounts: [
        {
          handle: 'ana',
          externalId: '42',
          followers: 100,
          provenance: { source: 'instagram_graph:user', observedAt: '2026-03-04T00:00:00.000Z' },
        },
      ],
    });
    expect(records[1]!.value.accounts[0]).toMatchObject({
      handle: 'ana',
      externalId: '42',
      posts: [{ externalId: 'p1', likes: 3, reach: 5 }],
    });
    expect(records[1]!.value.accounts[0]!.followers).toBeUndefined();
  });

  it('merges a post read twice: the later file wins, what it leaves out is kept', () => {
    const { records, warnings } = assembleCreatorRecords(
      [
        profile('user.json', 100),
        posts('with-stats.json', { ...post, likes: 3, comments: 1, caption: 'old' }),
        posts('without-stats.json', { ...post, caption: 'new' }),
      ],
      options(),
    );
    expect(records.flatMap((r) => r.value.accounts.flatMap((a) => a.posts ?? []))).toEqual([
      { ...post, likes: 3, comments: 1, caption: 'new' },
    ]);
    expect(warnings).toEqual([
      'post p1: caption differs between with-stats.json and without-stats.json; kept without-stats.json (later in the list)',
    ]);
  });

  it('uses --account for facts that do not name theirs, and a stored account found by handle', () => {
    const { records, rejections } = assembleCreatorRecords(
      [posts('media.json', post, undefined)],
      options({
        defaultAccount: { platform: 'instagram', handle: 'ana' },
        known: { accounts: [{ platform: 'instagram', handle: 'ana', externalId: '42' }], posts: [] },
      }),
    );
    expect(rejections).toEqual([]);
    expect(records[0]!.value.accounts[0]).toMatchObject({
      platform: 'instagram',
      handle: 'ana',
      externalId: '42',
      posts: [post],
    });
  });

  it('rejects once per payload, naming the file and path', () => {
    const reported = (observedAt: string): PlatformFact => ({
      kind: 'reported',
      origin: { file: 'ins.json', path: 'data[0].id' },
      source: 's',
      observedAt,
      owner: { platform: 'instagram', externalId: '9' },
      reported: [{ metric: 'reach_day', value: 1 }],
    });
    const { records, rejections } = assembleCreatorRecords(
      [reported('2017-05-04T07:00:00.000Z'), reported('2017-05-05T07:00:00.000Z')],
      options(),
    );
    expect(records).toEqual([]);
    expect(rejections).toEqual([
      {
        record: 'ins.json',
        field: 'data[0].id',
        reason: 'instagram account 9 is not known: import its profile first, or in the same import',
      },
    ]);
  });

  it('does not create a stand-in profile for a channel that is stored already', () => {
    const fact: PostsFact = {
      ...posts('v.json', { ...post, type: 'video' }, { platform: 'youtube', externalId: 'UCx' }),
      source: 'youtube_data_api:videos',
      placeholder: {
        kind: 'profile',
        origin: { file: 'v.json', path: 'items[0].snippet' },
        source: 'youtube_data_api:videos',
        creator: {},
        account: { platform: 'youtube', handle: 'UCx', externalId: 'UCx' },
      },
    };
    const stored = assembleCreatorRecords(
      [fact],
      options({ known: { accounts: [{ platform: 'youtube', handle: 'real', externalId: 'UCx' }], posts: [] } }),
    );
    expect(stored.records.map((r) => r.value.accounts[0]!.handle)).toEqual(['real']);
    const unknown = assembleCreatorRecords([fact, fact], options());
    expect(unknown.records).toHaveLength(1);
    expect(unknown.records[0]!.value.accounts[0]).toMatchObject({ handle: 'UCx', posts: [{ externalId: 'p1' }] });
  });
});
