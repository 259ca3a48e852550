// Fresh platform data collects campaign content by itself: importing an enrolled creator's media (the path every
// connector and connected account writes through) records her campaign posts in the campaigns she is enrolled in,
// and importing again only adds a metric snapshot.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaignSchema, enrollCreatorSchema } from '../../../src/core/campaigns/campaign-input.ts';
import { dealTermsSchema } from '../../../src/core/content/deal-terms.ts';
import { createCampaign } from '../../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../../src/services/campaigns/enroll-creator.ts';
import { importPlatformPayloads, type PayloadFile } from '../../../src/services/imports/import-platform-payloads.ts';
import { setDealTerms } from '../../../src/services/portal/set-deal-terms.ts';
import { setAllowedDomains } from '../../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { loadText } from '../../support/load-json.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const IG = 'api-instagram-graph';
const USER: PayloadFile = { name: 'user.json', text: loadText(IG, 'pyfacebook_discovery_user_fields.json') };
// The recorded media page, with the brand tagged in the post of 2021-08-17 (the recording names it without "@").
const MEDIA: PayloadFile = {
  name: 'media.json',
  text: loadText(IG, 'pyfacebook_discovery_medias_p1.json').replace('in SparkARCreators', 'in @SparkARCreators'),
};

describe.each(testDialects)('collecting campaign posts on import, on %s', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  const run = (day: string) =>
    importPlatformPayloads(t.db, 'instagram', [USER, MEDIA], { workspaceId: ws, now: new Date(day), liveRead: true });

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    ws = (await ensureWorkspace(t.db, 'acme')).id;
    await setAllowedDomains(t.db, ws, ['shop.example']);
  });
  afterEach(async () => t.close());

  it('records her campaign post once, with a snapshot per import, only in the campaign whose dates hold it', async () => {
    expect((await run('2021-08-18T10:00:00Z')).campaignPosts).toEqual({ found: 0, added: 0 });
    const enroll = async (name: string, starts_on: string, ends_on: string) => {
      const input = { name, destination_url: 'https://shop.example/', starts_on, ends_on };
      const campaign = await createCampaign(t.db, ws, createCampaignSchema.parse(input));
      const creator = 'instagram:facebookfordevelopers';
      await enrollCreator(t.db, ws, campaign.id, enrollCreatorSchema.parse({ creator }));
      const deliverable = { type: 'feed_post', due_on: ends_on, brand_handles: ['@sparkarcreators'] };
      await setDealTerms(t.db, ws, campaign.id, creator, dealTermsSchema.parse({ deliverables: [deliverable] }));
      return campaign.id;
    };
    const august = await enroll('August', '2021-08-15', '2021-08-31');
    await enroll('July', '2021-07-01', '2021-07-31');

    const first = await run('2021-08-19T10:00:00Z');
    expect(first.campaignPosts).toEqual({ found: 1, added: 1 });
    const second = await run('2021-08-20T10:00:00Z');
    expect(second.campaignPosts).toEqual({ found: 1, added: 0 });

    const posts = await t.db.selectFrom('content_posts').select(['id', 'campaign_id', 'url', 'source']).execute();
    expect(posts).toEqual([
      { id: posts[0]!.id, campaign_id: august, url: 'https://www.instagram.com/p/CSr71Gzlqo4/', source: 'platform' },
    ]);
    const snapshots = await t.db.selectFrom('content_snapshots').select(['likes', 'comments']).execute();
    expect(snapshots).toEqual([
      { likes: 87, comments: 11 },
      { likes: 87, comments: 11 },
    ]);
  });
});
