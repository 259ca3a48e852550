// The brand's own Instagram edges (`/tags`: media she is tagged in; `mentioned_media`: a caption @mention) are posts
// of their AUTHORS: imported, each is stored under the author's known account with how it named the brand, and the
// automatic collection makes it content of that creator's campaign even when its caption names nothing. An author
// microreach does not know is reported by name, not created.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaignSchema, enrollCreatorSchema } from '../../../src/core/campaigns/campaign-input.ts';
import { dealTermsSchema } from '../../../src/core/content/deal-terms.ts';
import { createCampaign } from '../../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../../src/services/campaigns/enroll-creator.ts';
import { loadCampaignContent } from '../../../src/services/content/load-campaign-content.ts';
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
    // No hashtag: the mentioned_media caption ("brandshop", "@" stripped by Meta) and the tagged "Golden hour"
    // caption name nothing the terms ask for; only the brand's edges make them campaign content.
    const deliverable = { type: 'feed_post', due_on: '2021-08-31', brand_handles: ['@brandshop'] };
    await setDealTerms(t.db, ws, campaign.id, creator, dealTermsSchema.parse({ deliverables: [deliverable] }));
    // She works for another brand too (posts are shared): its campaign must not take acme's mentions.
    const other = (await ensureWorkspace(t.db, 'other')).id;
    await setAllowedDomains(t.db, other, ['shop.example']);
    const theirs = await createCampaign(t.db, other, createCampaignSchema.parse(input));
    await enrollCreator(t.db, other, theirs.id, enrollCreatorSchema.parse({ creator }));

    const files = [fixture('tags.json'), fixture('mentioned-media.json')];
    const options = { workspaceId: ws, now, liveRead: true, brandTags: true };
    const summary = await importPlatformPayloads(t.db, 'instagram', files, options);

    expect(summary.rejections).toEqual([
      {
        record: 'tags.json',
        field: 'data[2]',
        reason: 'instagram account @stranger.account is not known: import its profile first, or in the same import',
      },
    ]);
    const stored = () =>
      t.db
        .selectFrom('posts')
        .innerJoin('accounts', 'accounts.id', 'posts.account_id')
        .select(['accounts.handle', 'posts.external_id', 'posts.brand_mention'])
        .orderBy('posts.external_id')
        .execute();
    const posts = [
      { handle: 'facebookfordevelopers', external_id: '17873440459141021', brand_mention: 'mentioned' },
      { handle: 'facebookfordevelopers', external_id: '17895695668004550', brand_mention: 'tagged' },
      { handle: 'facebookfordevelopers', external_id: '17902214436041188', brand_mention: 'tagged' },
    ];
    expect(await stored()).toEqual(posts);
    expect(summary.campaignPosts).toEqual({ found: 3, added: 3 });
    const content = () =>
      t.db
        .selectFrom('content_posts')
        .select(['campaign_id', 'url', 'brand_mention'])
        .orderBy('campaign_id')
        .orderBy('url')
        .execute();
    const collected = [
      { campaign_id: campaign.id, url: 'https://www.instagram.com/p/Cbr1ndMen01/', brand_mention: 'mentioned' },
      { campaign_id: campaign.id, url: 'https://www.instagram.com/p/Cbr1ndTag01/', brand_mention: 'tagged' },
      { campaign_id: campaign.id, url: 'https://www.instagram.com/p/Cbr1ndTag03/', brand_mention: 'tagged' },
    ];
    expect(await content()).toEqual(collected);

    const view = await loadCampaignContent(t.db, ws, campaign.id, now.toISOString());
    const brandNamed = view.creators[0]!.deliverables[0]!.posts.map((p) => [
      p.url,
      p.rules.find((r) => r.rule === 'brand_named')?.evidence,
    ]);
    expect(brandNamed).toEqual([
      ['https://www.instagram.com/p/Cbr1ndTag01/', '@brandshop'],
      ['https://www.instagram.com/p/Cbr1ndTag03/', 'tagged @brandshop on Instagram (tags edge)'],
      [
        'https://www.instagram.com/p/Cbr1ndMen01/',
        '@mentioned @brandshop in the caption on Instagram (mentioned_media)',
      ],
    ]);

    // The same files again, then tags.json read as a plain media list: nothing new, no mention lost.
    const again = await importPlatformPayloads(t.db, 'instagram', files, options);
    expect(again.campaignPosts).toEqual({ found: 3, added: 0 });
    await importPlatformPayloads(t.db, 'instagram', [fixture('tags.json')], { workspaceId: ws, now, liveRead: true });
    expect(await stored()).toEqual(posts);
    expect(await content()).toEqual(collected);
  });
});
