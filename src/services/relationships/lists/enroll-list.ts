// "Add all of these to a campaign": every account of a list is enrolled (see enroll-accounts.ts).
import { notFound } from '../../../core/app-error.ts';
import { findCampaign } from '../../../storage/campaigns/find-campaign.ts';
import type { DB } from '../../../storage/connect.ts';
import { findList, listMembers } from '../../../storage/relationships/creator-lists.ts';
import { enrollAccounts } from '../enroll-accounts.ts';

export async function enrollList(db: DB, workspaceId: number, listId: number, campaignId: number) {
  await findList(db, workspaceId, listId);
  if (!(await findCampaign(db, workspaceId, campaignId))) throw notFound(`Campaign ${campaignId}`);
  return enrollAccounts(db, workspaceId, campaignId, await listMembers(db, workspaceId, listId));
}
