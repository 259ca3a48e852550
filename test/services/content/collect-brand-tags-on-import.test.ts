// The brand's own Instagram edges (`/tags`: media she is tagged in; `mentioned_media`: a caption @mention) are posts
// of their AUTHORS: imported, each is stored under the author's known account, and the automatic collection makes it
// content of that creator's campaign. An author microreach does not know is reported by name, not created.
import { readFileSync } from 'node:fs';
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

const fixture = (file: string): PayloadFile => ({
  name: file,
  text: readFileSync(new URL(`../../fixtures/instagram-tags/${file}`, import.meta.url), 'utf8'),
});
const PROFILE: PayloadFile = {
  name: 'user.json',
  text: loadText('api-instagram-graph', 'pyfacebook_discovery_user_fields.json'),
};

describe.each(testDialects)('the brand tagged or mentioned on Instagram, on %s', (dialect) => {
  let t: TestDatabase;
  let ws: number;

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    ws = (await ensureWorkspace(t.db, 'acme')).id;
    await setAllowedDomains(t.db, ws, ['shop.example']);
  });
  afterEach(async () => t.close());

  it('stores each media under its author and collects it for her campaign; an unknown author is reported', async () => {
    const now = new Date('2021-08-23T10:00:00Z');
    await importPlatformPayloads(t.db, 'instagram', [PROFILE], { workspaceId: ws, now, liveRead: true });
    const input = {
      name: 'August',
      destination_url: 'https://shop.example/',
      starts_on: '2021-08-15',
      ends_on: '2021-08-31',
    };
    const campaign = await createCampaign(t.db, ws, createCampaignSchema.parse(input));
    const creator = 'instagram:facebookfordevelopers';
    await enrollCreator(t.db, ws, campaign.id, enrollCreatorSchema.parse({ creator }));
    const deliverable = {
      type: 'feed_post',
      due_on: '2021-08-31',
      brand_handles: ['@brandshop'],
      hashtags: ['#brandshopsummer'],
    };
    await setDealTerms(t.db, ws, campaign.id, creator, dealTermsSchema.parse({ deliverables: [deliverable] }));

    const files = [fixture('tags.json'), fixture('mentioned-media.json')];
    const summary = await importPlatformPayloads(t.db, 'instagram', files, { workspaceId: ws, now, liveRead: true });

    expect(summary.rejections).toEqual([
      {
        record: 'tags.json',
        field: 'data[1]',
        reason: 'instagram account @stranger.account is not known: import its profile first, or in the same import',
      },
    ]);
    const stored = await t.db
      .selectFrom('posts')
      .innerJoin('accounts', 'accounts.id', 'posts.account_id')
      .select(['accounts.handle', 'posts.external_id'])
      .orderBy('posts.external_id')
      .execute();
    expect(stored).toEqual([
      { handle: 'facebookfordevelopers', external_id: '17873440459141021' },
      { handle: 'facebookfordevelopers', external_id: '17895695668004550' },
    ]);
    expect(summary.campaignPosts).toEqual({ found: 2, added: 2 });
    const content = await t.db.selectFrom('content_posts').select(['campaign_id', 'url']).orderBy('url').execute();
    expect(content).toEqual([
      { campaign_id: campaign.id, url: 'https://www.instagram.com/p/Cbr1ndMen01/' },
      { campaign_id: campaign.id, url: 'https://www.instagram.com/p/Cbr1ndTag01/' },
    ]);
  });
});
