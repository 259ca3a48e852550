import type { DB } from '../connect.ts';

/**
 * Every deal of a campaign (workspace-scoped) with her platform:handle and its gift limits; the limit columns are
 * null for a deal whose gift picking the brand has not opened (updated_at null).
 */
export function listCampaignGiftLimits(db: DB, workspaceId: number, campaignId: number) {
  return db
    .selectFrom('enrollments as e')
    .innerJoin('accounts as a', 'a.id', 'e.account_id')
    .leftJoin('gift_limits as l', (j) => j.onRef('l.enrollment_id', '=', 'e.id').on('l.workspace_id', '=', workspaceId))
    .select([
      'e.id as enrollment_id',
      'a.platform',
      'a.handle',
      'l.max_items',
      'l.max_value_minor',
      'l.max_gifts',
      'l.shipping_minor',
      'l.updated_at',
    ])
    .where('e.workspace_id', '=', workspaceId)
    .where('e.campaign_id', '=', campaignId)
    .orderBy('e.id')
    .execute();
}
