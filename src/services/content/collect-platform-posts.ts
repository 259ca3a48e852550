// Campaign content from the platform data already stored (posts refreshed by the connectors), for every enrolled
// creator of one campaign (the brand's "collect now"); imports do the same for the creators they touched
// (collect-creators-posts.ts). Running it again adds snapshots and changes nothing else.
import { notFound } from '../../core/app-error.ts';
import { findCampaign } from '../../storage/campaigns/find-campaign.ts';
import { listEnrollments } from '../../storage/campaigns/list-enrollments.ts';
import type { DB } from '../../storage/connect.ts';
import { collectEnrollmentPosts } from './collect-enrollment-posts.ts';

export async function collectPlatformPosts(db: DB, workspaceId: number, campaignId: number) {
  const campaign = await findCampaign(db, workspaceId, campaignId);
  if (!campaign) throw notFound(`Campaign ${campaignId}`);
  let found = 0;
  let added = 0;
  for (const e of await listEnrollments(db, workspaceId, campaignId)) {
    const r = await collectEnrollmentPosts(db, {
      id: Number(e.id),
      workspace_id: workspaceId,
      campaign_id: campaignId,
      account_id: e.account_id,
      platform: e.platform,
      starts_on: campaign.starts_on,
      ends_on: campaign.ends_on,
      link_key: e.link_key,
      code: e.code,
    });
    found += r.found;
    added += r.added;
  }
  return { found, added };
}
