// A story uploaded from the portal with its insights screenshot and the numbers she read off it: kept as campaign
// content marked creator_reported, a repeat adds a snapshot only, and bad numbers or files are refused by name.
// The brand reads the file and the screenshot through authenticated routes of its own workspace only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignContentSchema } from '../../../src/http/schemas/content.ts';
import { createApiToken } from '../../../src/services/access/create-api-token.ts';
import { createUser } from '../../../src/services/access/create-user.ts';
import { JPEG_HEADER, MP4_HEADER, PNG_IMAGE } from '../../support/media-headers.ts';
import { portalWorld } from '../../support/portal-world.ts';
import { openTestDatabase, type TestDatabase } from '../../support/test-db.ts';

describe('story upload from the portal', () => {
  let t: TestDatabase;
  let world: Awaited<ReturnType<typeof portalWorld>>;
  beforeEach(async () => {
    t = await openTestDatabase('sqlite');
    world = await portalWorld(t);
  });
  afterEach(async () => t.close());

  const send = (fields: Record<string, string>, story = MP4_HEADER, insights: Uint8Array | null = PNG_IMAGE) => {
    const form = new FormData();
    form.set('file', new File([story], 'story.mp4', { type: story === MP4_HEADER ? 'video/mp4' : 'image/jpeg' }));
    if (insights) form.set('insights', new File([insights], 'insights.png', { type: 'image/png' }));
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return world.post('/stories', form);
  };
  const stories = async () =>
    campaignContentSchema
      .parse(await world.api(`/api/v1/campaigns/${world.campaignId}/content`))
      .creators[0]!.deliverables.flatMap((d) => d.posts);

  it('keeps the story with her numbers as creator_reported; the same file again adds a snapshot only', async () => {
    const numbers = { posted_at: '2030-06-05T18:30', impressions: '12,400', reach: '9 800', replies: '31' };
    expect((await send({ ...numbers, link_clicks: '140', caption: 'Wearing @solea #ad' })).status).toBe(303);
    expect((await send({ ...numbers, impressions: '13.100' })).status).toBe(303);
    const posts = await stories();
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      kind: 'story',
      source: 'creator_reported',
      posted_at: '2030-06-05T18:30:00.000Z',
      metrics: { impressions: 13_100, reach: 9_800, replies: 31, link_clicks: null },
    });
    expect(await t.db.selectFrom('content_snapshots').select('impressions').execute()).toEqual([
      { impressions: 12_400 },
      { impressions: 13_100 },
    ]);
    const row = await t.db
      .selectFrom('content_posts')
      .select(['media_type', 'insights_file'])
      .executeTakeFirstOrThrow();
    expect(row.media_type).toBe('video/mp4');
    expect(row.insights_file).toMatch(/^portal-stories\/\d+\/[0-9a-f]{32}\.png$/);
    const page = await (await world.app.request(world.portalPath, { headers: { host: 'localhost' } })).text();
    expect(page).toContain('you reported its numbers');

    // The brand sees the file and the screenshot through its own signed-in routes; another workspace does not.
    const id = posts[0]!.id;
    expect(posts[0]!.upload).toEqual({
      media_type: 'video/mp4',
      media_url: `/api/v1/content/${id}/media`,
      insights_url: `/api/v1/content/${id}/insights`,
    });
    const fetchAs = (path: string, token: string) =>
      world.app.request(path, { headers: { authorization: `Bearer ${token}` } });
    const shot = await fetchAs(posts[0]!.upload!.insights_url!, world.token);
    expect([shot.status, shot.headers.get('content-type'), shot.headers.get('x-content-type-options')]).toEqual([
      200,
      'image/png',
      'nosniff',
    ]);
    expect(new Uint8Array(await shot.arrayBuffer())).toEqual(PNG_IMAGE);
    expect((await fetchAs(posts[0]!.upload!.media_url, world.token)).headers.get('content-type')).toBe('video/mp4');
    const stranger = await createUser(t.db, {
      email: 's@other.test',
      password: 'correct horse battery',
      workspace: 'other',
      role: 'owner',
    });
    const strangerToken = (await createApiToken(t.db, stranger.workspaceId, 'test', { userId: stranger.userId })).token;
    expect((await fetchAs(posts[0]!.upload!.insights_url!, strangerToken)).status).toBe(404);
    expect((await fetchAs(posts[0]!.upload!.insights_url!, 'not-a-token')).status).toBe(401);
  });

  it('refuses a guessed number, a missing screenshot and a screenshot that is not an image, saying which', async () => {
    const at = { posted_at: '2030-06-05T18:30' };
    const cases: [Response, string][] = [
      [await send({ ...at, impressions: '1.5' }), 'impressions'],
      [await send({ ...at }), 'give the impressions or the reach'],
      [await send({ ...at, reach: '900' }, MP4_HEADER, null), 'screenshot of its insights'],
      [
        await send({ ...at, reach: '900' }, JPEG_HEADER, MP4_HEADER),
        'Insights screenshot: its content is not image/png',
      ],
    ];
    for (const [res, words] of cases) {
      expect(res.status).toBe(400);
      expect(await res.text()).toContain(words);
    }
    expect(await stories()).toEqual([]);
  });
});
