// Enrolls many accounts' creators in a campaign with no agreed costs yet (a deal sets them later): Discover's
// "add to campaign" for a selection and a list's "enroll all". Creators already in the campaign are skipped,
// so a repeated call (or one resumed after a crash: each enrollment is its own transaction) enrolls only
// those still missing. Unknown accounts refuse the whole call before anything is written.
import { notFound } from '../../core/app-error.ts';
import { enrollCreatorSchema } from '../../core/campaigns/campaign-input.ts';
import { findCampaign } from '../../storage/campaigns/find-campaign.ts';
import type { DB } from '../../storage/connect.ts';
import { enrollCreator } from '../campaigns/enroll-creator.ts';

export interface AccountToEnroll {
  creator_id: number;
  platform: string;
  handle: string;
}

export async function enrollAccounts(
  db: DB,
  workspaceId: number,
  campaignId: number,
  accounts: readonly AccountToEnroll[],
) {
  const campaign = await findCampaign(db, workspaceId, campaignId);
  if (!campaign) throw notFound(`Campaign ${campaignId}`);
  const enrolled = new Set(
    (
      await db
        .selectFrom('enrollments')
        .select('creator_id')
        .where('workspace_id', '=', workspaceId)
        .where('campaign_id', '=', campaignId)
        .execute()
    ).map((e) => Number(e.creator_id)),
  );
  let added = 0;
  for (const account of accounts) {
    if (enrolled.has(account.creator_id)) continue;
    await enrollCreator(
      db,
      workspaceId,
      campaignId,
      enrollCreatorSchema.parse({ creator: `${account.platform}:${account.handle}` }),
    );
    enrolled.add(account.creator_id);
    added += 1;
  }
  return { enrolled: added, already_enrolled: accounts.length - added };
}
