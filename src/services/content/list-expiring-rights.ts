// Usage rights that end within the next `days` days (default 30), soonest first: approved drafts of the campaign
// whose rights were granted for a limited time.
import type { DB } from '../../storage/connect.ts';

export async function listExpiringRights(db: DB, workspaceId: number, campaignId: number, days = 30, now = new Date()) {
  const until = new Date(now.getTime() + days * 86_400_000).toISOString();
  const rows = await db
    .selectFrom('content_drafts as d')
    .innerJoin('enrollments as e', 'e.id', 'd.enrollment_id')
    .innerJoin('accounts as a', 'a.id', 'e.account_id')
    .select([
      'd.id',
      'd.url',
      'd.file_path',
      'd.rights_organic',
      'd.rights_paid_ads',
      'd.rights_days',
      'd.rights_expires_at',
      'a.platform',
      'a.handle',
    ])
    .where('d.workspace_id', '=', workspaceId)
    .where('e.campaign_id', '=', campaignId)
    .where('d.status', '=', 'approved')
    .where('d.rights_expires_at', '>=', now.toISOString())
    .where('d.rights_expires_at', '<=', until)
    .orderBy('d.rights_expires_at')
    .execute();
  return rows.map((r) => ({
    draft_id: Number(r.id),
    creator: `${r.platform}:${r.handle}`,
    content: r.url ?? (r.file_path ? 'uploaded file' : null),
    organic: r.rights_organic === 1,
    paid_ads: r.rights_paid_ads === 1,
    days: r.rights_days,
    expires_at: r.rights_expires_at!,
  }));
}
