import type { DB } from '../connect.ts';

/** The gifts of a campaign's creators (workspace-scoped), oldest first, with her platform:handle. */
export async function listCampaignGifts(db: DB, workspaceId: number, campaignId: number) {
  return db
    .selectFrom('gifts as g')
    .innerJoin('enrollments as e', 'e.id', 'g.enrollment_id')
    .innerJoin('accounts as a', 'a.id', 'e.account_id')
    .selectAll('g')
    .select(['a.platform as creator_platform', 'a.handle as creator_handle'])
    .where('g.workspace_id', '=', workspaceId)
    .where('e.workspace_id', '=', workspaceId)
    .where('e.campaign_id', '=', campaignId)
    .orderBy('g.id')
    .execute();
}
