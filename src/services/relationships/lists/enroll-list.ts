// "Add all of these to a campaign": every account of a list is enrolled with no agreed costs yet (a deal
// sets them later). Creators already in the campaign are skipped, so a repeated call (or one resumed
// after a crash: each enrollment is its own transaction) enrolls only those still missing.
import { enrollCreatorSchema } from '../../../core/campaigns/campaign-input.ts';
import { notFound } from '../../../core/app-error.ts';
import { findCampaign } from '../../../storage/campaigns/find-campaign.ts';
import type { DB } from '../../../storage/connect.ts';
import { listMembers } from '../../../storage/relationships/creator-lists.ts';
import { findList } from '../../../storage/relationships/creator-lists.ts';
import { enrollCreator } from '../../campaigns/enroll-creator.ts';

export async function enrollList(db: DB, workspaceId: number, listId: number, campaignId: number) {
  await findList(db, workspaceId, listId);
  const campaign = await findCampaign(db, workspaceId, campaignId);
  if (!campaign) throw notFound(`Campaign ${campaignId}`);
  const members = await listMembers(db, workspaceId, listId);
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
  for (const member of members) {
    if (enrolled.has(member.creator_id)) continue;
    await enrollCreator(
      db,
      workspaceId,
      campaignId,
      enrollCreatorSchema.parse({ creator: `${member.platform}:${member.handle}` }),
    );
    enrolled.add(member.creator_id);
    added += 1;
  }
  return { enrolled: added, already_enrolled: members.length - added };
}
