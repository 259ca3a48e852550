import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  importPlatformPayloads,
  type ImportPayloadsOptions,
  type PayloadFile,
} from '../../../src/services/imports/import-platform-payloads.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { loadJson, loadText } from '../../support/load-json.ts';
import { tableCounts } from '../../support/table-counts.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const NOW = new Date('2026-03-04T15:30:00.000Z');
const DAY = '2026-03-04T00:00:00.000Z';
const IG = 'api-instagram-graph';
const file = (name: string): PayloadFile => ({ name, text: loadText(IG, name) });
const USER = file('pyfacebook_discovery_user_fields.json');
const P1 = file('pyfacebook_discovery_medias_p1.json');
const P2 = file('pyfacebook_discovery_medias_p2.json');
const AGE_GENDER = file('airbyte_follower_demographics_age_gender.json');
const CITY = file('airbyte_follower_demographics_city.json');
/** A recorded payload with its object id replaced, so that it speaks of the account or media imported here. */
const retargeted = (name: string, from: string, to: string): PayloadFile => ({
  name,
  text: loadText(IG, name).replaceAll(from, to),
});

describe.each(testDialects)('importPlatformPayloads(instagram) on %s', (dialect) => {
  let t: TestDatabase;
  let workspaceId: number;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    workspaceId = (await ensureWorkspace(t.db, 'default')).id;
  });
  afterEach(async () => t.close());

  const run = (files: PayloadFile[], options: Partial<ImportPayloadsOptions> = {}) =>
    importPlatformPayloads(t.db, 'instagram', files, { workspaceId, now: NOW, ...options });
  const account = () =>
    t.db.selectFrom('accounts').selectAll().where('platform', '=', 'instagram').executeTakeFirstOrThrow();
  const posts = () => t.db.selectFrom('posts').selectAll().orderBy('posted_at', 'desc').execute();

  it('imports a Business Discovery user and its two media pages given in any order', async () => {
    const summary = await run([P2, P1, USER]);
    expect(summary).toMatchObject({
      kind: 'instagram',
      imported: 1,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      rejections: [],
      warnings: [],
    });
    expect(summary.file).toBe(
      'pyfacebook_discovery_medias_p2.json, pyfacebook_discovery_medias_p1.json, pyfacebook_discovery_user_fields.json',
    );
    expect(await account()).toMatchObject({
      handle: 'facebookfordevelopers',
      external_id: '17841407673135339',
      display_name: 'Facebook for Developers',
      followers: 64976,
      following: null,
      posts_count: 436,
      observed_at: DAY,
      source: 'instagram_graph:business_discovery',
    });
    const creator = await t.db.selectFrom('creators').selectAll().executeTakeFirstOrThrow();
    expect(creator.display_name).toBe('Facebook for Developers');
    expect((await posts()).map((p) => [p.external_id, p.type, p.likes, p.comments, p.posted_at])).toEqual([
      ['17885103395504675', 'image', 87, 11, '2021-08-17T19:00:42.000Z'],
      ['17886271043461692', 'image', 186, 16, '2021-08-16T17:35:10.000Z'],
      ['17939347456563225', 'image', 50, 3, '2021-08-11T19:56:42.000Z'],
      ['18165241603086291', 'video', 86, 5, '2021-08-10T16:57:42.000Z'],
    ]);
    const history = await t.db
      .selectFrom('account_snapshots')
      .select(['observed_at', 'followers', 'posts_count', 'source'])
      .execute();
    expect(history).toEqual([
      { observed_at: DAY, followers: 64976, posts_count: 436, source: 'instagram_graph:business_discovery' },
    ]);
  });

  it('changes nothing when the same files are imported again, even a day later', async () => {
    await run([USER, P1, P2, AGE_GENDER, CITY], {
      account: { platform: 'instagram', handle: 'facebookfordevelopers' },
    });
    const before = await tableCounts(t.db);
    const again = await run([USER, P1, P2, AGE_GENDER, CITY], {
      account: { platform: 'instagram', handle: 'facebookfordevelopers' },
    });
    expect(again).toMatchObject({ imported: 0, updated: 0, rejected: 0 });
    expect(again.unchanged).toBeGreaterThan(0);
    const nextDay = await run([USER, P1, P2], { now: new Date('2026-03-05T09:00:00.000Z') });
    expect(nextDay).toMatchObject({ imported: 0, updated: 0 });
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('rejects media pages of an account that is neither stored nor in the import, storing nothing', async () => {
    const summary = await run([P1, P2]);
    expect(summary).toMatchObject({ imported: 0, rejected: 2 });
    expect(summary.rejections).toEqual(
      [P1, P2].map((f) => ({
        record: f.name,
        field: 'business_discovery.id',
        reason: 'instagram account 17841407673135339 is not known: import its profile first, or in the same import',
      })),
    );
    expect((await tableCounts(t.db)).posts).toBe(0);
  });

  it('attaches media pages to an account stored by an earlier import', async () => {
    await run([USER]);
    const summary = await run([P1, P2]);
    expect(summary).toMatchObject({ imported: 0, updated: 1, rejected: 0 });
    expect(await posts()).toHaveLength(4);
  });

  it('reports a payload that fails validation with file, path and reason, stores nothing of it, and imports the rest', async () => {
    const json = loadJson(IG, 'pyfacebook_users_user_fields.json') as Record<string, unknown>;
    const bad: PayloadFile = { name: 'bad-user.json', json: { ...json, followers_count: 'abc' } };
    const summary = await run([bad, USER, P1]);
    expect(summary.rejections).toEqual([
      { record: 'bad-user.json', field: 'followers_count', reason: 'Invalid input: expected number, received string' },
    ]);
    expect(summary).toMatchObject({ imported: 1, rejected: 1 });
    expect((await account()).followers).toBe(64976);
    expect((await t.db.selectFrom('account_snapshots').selectAll().execute()).map((s) => s.followers)).toEqual([64976]);
  });

  it('stores nothing at all when the only profile fails validation', async () => {
    const json = loadJson(IG, 'pyfacebook_discovery_user_fields.json') as {
      business_discovery: Record<string, unknown>;
    };
    const bad: PayloadFile = {
      name: 'bad.json',
      json: { ...json, business_discovery: { ...json.business_discovery, followers_count: 'abc' } },
    };
    const summary = await run([bad, P1]);
    expect(summary.rejections.map((r) => [r.record, r.field])).toEqual([
      ['bad.json', 'business_discovery.followers_count'],
      [P1.name, 'business_discovery.id'],
    ]);
    expect(await tableCounts(t.db)).toMatchObject({ creators: 0, accounts: 0, posts: 0 });
  });

  it('rejects a file with bad JSON syntax, naming the file and the parse error', async () => {
    const summary = await run([{ name: 'broken.json', text: '{"business_discovery": {' }, USER]);
    expect(summary.rejections).toHaveLength(1);
    expect(summary.rejections[0]).toMatchObject({ record: 'broken.json', field: '(file)' });
    expect(summary.rejections[0]!.reason).toMatch(/^invalid JSON: /);
    expect(summary.imported).toBe(1);
  });

  it('rejects a JSON document of no known shape', async () => {
    const summary = await run([{ name: 'other.json', json: { hello: 'world' } }]);
    expect(summary.rejections[0]).toMatchObject({ record: 'other.json', field: '(root)' });
    expect(summary.rejections[0]!.reason).toMatch(/^not a recognised Instagram Graph payload \(expected /);
  });

  it('stores follower demographics as verified audiences of the --account', async () => {
    const summary = await run([USER, AGE_GENDER, CITY], {
      account: { platform: 'instagram', handle: 'facebookfordevelopers' },
    });
    expect(summary).toMatchObject({ imported: 1, updated: 1, rejected: 0 });
    const audiences = await t.db.selectFrom('audiences').selectAll().orderBy('dimension').execute();
    expect(audiences.map((a) => [a.dimension, a.source, a.origin, a.sample_size, a.as_of])).toEqual([
      ['age_gender', 'verified', 'instagram_graph:follower_demographics', 64, DAY],
      ['city', 'verified', 'instagram_graph:follower_demographics', 295, DAY],
    ]);
    const segments = await t.db
      .selectFrom('audience_segments')
      .selectAll()
      .where('audience_id', '=', audiences[0]!.id)
      .orderBy('key')
      .execute();
    expect(segments.map((s) => [s.key, s.count])).toEqual([
      ['18-24:female', 10],
      ['18-24:male', 7],
      ['18-24:unknown', 1],
      ['25-34:female', 25],
      ['25-34:male', 19],
      ['25-34:unknown', 2],
    ]);
    expect(segments.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 12);
  });

  it('rejects demographics without --account, and with an unknown --account', async () => {
    const without = await run([AGE_GENDER]);
    expect(without.rejections).toEqual([
      {
        record: AGE_GENDER.name,
        field: 'data[0].id',
        reason: 'the payload does not name its account; pass --account HANDLE to say whose it is',
      },
    ]);
    const unknown = await run([CITY], { account: { platform: 'instagram', handle: 'nobody' } });
    expect(unknown.rejections[0]!.reason).toBe(
      'instagram account @nobody is not known: import its profile first, or in the same import',
    );
    expect((await tableCounts(t.db)).audiences).toBe(0);
  });

  it('stores media insights on a known post and rejects those of unknown media', async () => {
    const insights = retargeted('pyfacebook_medias_insights.json', '17846368219941692', '17885103395504675');
    const unknown = file('pyfacebook_medias_insights_new.json');
    const summary = await run([insights, unknown, USER, P1]);
    expect(summary.rejections).toEqual([
      {
        record: unknown.name,
        field: 'data[0].id',
        reason:
          'instagram media 18035507131611621 is not known: import the media (a Business Discovery page or a media read) first, or in the same import',
      },
    ]);
    const post = await t.db
      .selectFrom('posts')
      .selectAll()
      .where('external_id', '=', '17885103395504675')
      .executeTakeFirstOrThrow();
    expect([post.impressions, post.reach, post.saves, post.likes]).toEqual([8, 5, 0, 87]);
    // Later, on its own: the post is found in the database.
    const later = await run([retargeted('pyfacebook_medias_insights.json', '17846368219941692', '17886271043461692')]);
    expect(later).toMatchObject({ updated: 1, rejected: 0 });
    const second = await t.db
      .selectFrom('posts')
      .selectAll()
      .where('external_id', '=', '17886271043461692')
      .executeTakeFirstOrThrow();
    expect([second.impressions, second.reach, second.saves, second.likes, second.type]).toEqual([
      8,
      5,
      0,
      186,
      'image',
    ]);
  });

  it('stores account insights as reported metrics at each end_time', async () => {
    const legacy = retargeted('pyfacebook_users_user_insights.json', '17841400008460056', '17841407673135339');
    const v18 = retargeted('pyfacebook_users_user_insights_new.json', '17841454149711910', '17841407673135339');
    const summary = await run([legacy, v18, USER]);
    expect(summary).toMatchObject({ rejected: 0, imported: 1, updated: 3 });
    const reach = await t.db
      .selectFrom('reported_metrics')
      .select(['metric', 'value', 'observed_at', 'source'])
      .where('metric', 'in', ['reach_day', 'reach_total'])
      .orderBy('observed_at')
      .execute();
    expect(reach).toEqual([
      {
        metric: 'reach_day',
        value: 3,
        observed_at: '2017-05-04T07:00:00.000Z',
        source: 'instagram_graph:user_insights',
      },
      {
        metric: 'reach_day',
        value: 36,
        observed_at: '2017-05-05T07:00:00.000Z',
        source: 'instagram_graph:user_insights',
      },
      {
        metric: 'reach_total',
        value: 14516883,
        observed_at: '2023-11-10T07:59:12.000Z',
        source: 'instagram_graph:user_insights',
      },
    ]);
    expect((await run([legacy, v18, USER])).updated).toBe(0);
  });

  it('dates undated values with --observed-at when given', async () => {
    await run([USER], { observedAt: '2021-08-18T00:00:00.000Z' });
    await run([file('pyfacebook_users_user_fields.json')], { observedAt: '2021-07-26T00:00:00.000Z' });
    const history = await t.db
      .selectFrom('account_snapshots')
      .select(['observed_at', 'followers'])
      .orderBy('observed_at')
      .execute();
    expect(history).toEqual([
      { observed_at: '2021-07-26T00:00:00.000Z', followers: 64363 },
      { observed_at: '2021-08-18T00:00:00.000Z', followers: 64976 },
    ]);
    expect((await account()).followers).toBe(64976);
  });

  it('keeps one profile when two undated files describe the same account, and says which', async () => {
    const summary = await run([USER, file('pyfacebook_users_user_fields.json')]);
    expect(summary.warnings).toEqual([
      expect.stringMatching(
        /^pyfacebook_discovery_user_fields\.json and pyfacebook_users_user_fields\.json both give the profile of instagram account 17841407673135339 .*kept pyfacebook_users_user_fields\.json/,
      ),
    ]);
    expect((await account()).followers).toBe(64363);
    expect((await run([USER, file('pyfacebook_users_user_fields.json')])).updated).toBe(0);
  });

  it('stores a media read under --account, keeping hidden likes as null', async () => {
    const read = loadJson(IG, 'pyfacebook_medias_medias_fields.json') as Record<string, Record<string, unknown>>;
    const { like_count: _hidden, ...withoutLikes } = read['17893085207160254']!;
    const summary = await run([USER, { name: 'media.json', json: { ...read, 17893085207160254: withoutLikes } }], {
      account: { platform: 'instagram', handle: 'facebookfordevelopers' },
    });
    expect(summary.rejected).toBe(0);
    const stored = await t.db
      .selectFrom('posts')
      .select(['external_id', 'type', 'likes', 'comments', 'source'])
      .where('source', '=', 'instagram_graph:media')
      .orderBy('external_id')
      .execute();
    expect(stored).toEqual([
      { external_id: '17893085207160254', type: 'image', likes: null, comments: 0, source: 'instagram_graph:media' },
      { external_id: '17896129349106152', type: 'carousel', likes: 1, comments: 0, source: 'instagram_graph:media' },
    ]);
  });
});
