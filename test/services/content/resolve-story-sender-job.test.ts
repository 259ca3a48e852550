// A story mention names its sender by an Instagram-scoped id (IGSID). The webhook hands an unknown one to the
// `instagram.story_sender` job, which asks the User Profile API (a local replay of Graph that refuses a missing
// token or an undocumented field) with the brand's token, caches the answer, and files the story under her known
// account. An id Graph will not read stays unmatched with Graph's own words; a cached answer costs no second call.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoryMention } from '../../../src/connectors/instagram/webhooks/story-mention-payload.ts';
import { createCampaignSchema, enrollCreatorSchema } from '../../../src/core/campaigns/campaign-input.ts';
import { createCampaign } from '../../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../../src/services/campaigns/enroll-creator.ts';
import { connectBrandInstagram } from '../../../src/services/content/connect-brand-instagram.ts';
import { recordStoryMentions } from '../../../src/services/content/record-story-mentions.ts';
import { resolveStorySenderJob } from '../../../src/services/content/resolve-story-sender-job.ts';
import { importPlatformPayloads } from '../../../src/services/imports/import-platform-payloads.ts';
import { runDueJobs } from '../../../src/services/jobs/run-due-jobs.ts';
import { setAllowedDomains } from '../../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { loadText } from '../../support/load-json.ts';
import { graphRoutes, IG_TOKEN, IGSID_KNOWN, IGSID_UNKNOWN } from '../../support/recorded-apis.ts';
import { loopbackOnlyFetch, startReplayServer, type ReplayServer } from '../../support/replay-server.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const mention = (n: number, senderId: string): StoryMention => ({
  messageId: `mid.story.${n}`,
  senderId,
  recipientId: '17841405309211844',
  sentAt: '2021-08-20T18:00:00.000Z',
  cdnUrl: `https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1790000000000000${n}&signature=example`,
});

describe.each(testDialects)('resolving story-mention senders, on %s', (dialect) => {
  let t: TestDatabase;
  let graph: ReplayServer;
  let ws: number;
  const key = randomBytes(32);
  const now = new Date('2021-08-20T18:00:05Z');

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    graph = await startReplayServer(graphRoutes);
    ws = (await ensureWorkspace(t.db, 'acme')).id;
    await setAllowedDomains(t.db, ws, ['shop.example']);
    const profile = {
      name: 'user.json',
      text: loadText('api-instagram-graph', 'pyfacebook_discovery_user_fields.json'),
    };
    await importPlatformPayloads(t.db, 'instagram', [profile], { workspaceId: ws, now, liveRead: true });
    const input = {
      name: 'August',
      destination_url: 'https://shop.example/',
      starts_on: '2021-08-15',
      ends_on: '2021-08-31',
    };
    const campaign = await createCampaign(t.db, ws, createCampaignSchema.parse(input));
    await enrollCreator(
      t.db,
      ws,
      campaign.id,
      enrollCreatorSchema.parse({ creator: 'instagram:facebookfordevelopers' }),
    );
  });
  afterEach(async () => {
    await graph.close();
    await t.close();
  });

  const runJobs = () =>
    runDueJobs(
      t.db,
      [resolveStorySenderJob({ key: () => key, graphUrl: `${graph.origin}/v21.0`, fetch: loopbackOnlyFetch() })],
      { now, worker: 'test' },
    );
  const deliveries = () =>
    t.db.selectFrom('story_mention_deliveries').select(['sender_id', 'outcome', 'error']).orderBy('id').execute();

  it('names a known IGSID and files her story; keeps an id Graph will not read unmatched with its reason', async () => {
    await connectBrandInstagram(t.db, key, ws, IG_TOKEN, now.toISOString());
    const first = [mention(1, IGSID_KNOWN), mention(2, IGSID_UNKNOWN)];
    expect(await recordStoryMentions(t.db, ws, first, '{}', now.toISOString())).toEqual({
      recorded: 0,
      unmatched: 0,
      resolving: 2,
      repeated: 0,
    });
    expect((await deliveries()).map((d) => d.outcome)).toEqual(['resolving', 'resolving']);

    expect(await runJobs()).toMatchObject({ claimed: 2, done: 2, failed: 0 });
    const refused =
      `sender ${IGSID_UNKNOWN} could not be named by Instagram: the Instagram Graph API answered 400 to ` +
      `GET /v21.0/${IGSID_UNKNOWN}?fields=name,username&access_token=***: Unsupported get request. Object with ID ` +
      `'${IGSID_UNKNOWN}' does not exist, cannot be loaded due to missing permissions, or does not support this ` +
      'operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api ' +
      '(GraphMethodException, code 100)';
    expect(await deliveries()).toEqual([
      { sender_id: IGSID_KNOWN, outcome: 'recorded', error: null },
      { sender_id: IGSID_UNKNOWN, outcome: 'unmatched', error: refused },
    ]);
    const stories = await t.db.selectFrom('content_posts').select(['url', 'source', 'brand_mention']).execute();
    expect(stories).toEqual([{ url: first[0]!.cdnUrl, source: 'story_mention', brand_mention: 'story_mention' }]);
    expect(graph.requests.map((u) => [u.pathname, u.searchParams.get('fields')])).toEqual([
      [`/v21.0/${IGSID_KNOWN}`, 'name,username'],
      [`/v21.0/${IGSID_UNKNOWN}`, 'name,username'],
    ]);

    // Both senders again: answered from the cache in the webhook request, no job and no Graph call.
    const again = [mention(3, IGSID_KNOWN), mention(4, IGSID_UNKNOWN)];
    expect(await recordStoryMentions(t.db, ws, again, '{}', now.toISOString())).toEqual({
      recorded: 1,
      unmatched: 1,
      resolving: 0,
      repeated: 0,
    });
    expect((await deliveries()).slice(2)).toEqual([
      { sender_id: IGSID_KNOWN, outcome: 'recorded', error: null },
      { sender_id: IGSID_UNKNOWN, outcome: 'unmatched', error: refused },
    ]);
    expect(graph.requests).toHaveLength(2);
  });

  it('without the brand token, says so and caches nothing', async () => {
    await recordStoryMentions(t.db, ws, [mention(1, IGSID_KNOWN)], '{}', now.toISOString());
    expect(await runJobs()).toMatchObject({ done: 1 });
    expect(await deliveries()).toEqual([
      {
        sender_id: IGSID_KNOWN,
        outcome: 'unmatched',
        error: `sender ${IGSID_KNOWN} is an Instagram-scoped id and the workspace has no Instagram token to resolve it (microreach instagram connect)`,
      },
    ]);
    expect(await t.db.selectFrom('instagram_senders').selectAll().execute()).toEqual([]);
    expect(graph.requests).toEqual([]);
  });
});
