// Impressions and engagements of each creator in a campaign from her content posts' latest metric snapshots, for
// CPM and CPE when the enrollment carries no typed figures: impressions = Σ (impressions, else views) and
// engagements = Σ (likes + comments + story replies) over posts where they are known; null when no post says (n/a,
// never 0).
import type { DB } from '../../storage/connect.ts';
import { listContentSnapshots } from '../../storage/content/content-posts.ts';

export async function contentReach(db: DB, workspaceId: number, campaignId: number) {
  const [snapshots, posts] = await Promise.all([
    listContentSnapshots(db, workspaceId, campaignId),
    db
      .selectFrom('content_posts')
      .select(['id', 'enrollment_id'])
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', campaignId)
      .where('deleted_at', 'is', null)
      .execute(),
  ]);
  const latest = new Map<number, (typeof snapshots)[number]>();
  for (const s of snapshots) latest.set(Number(s.content_id), s);
  const reach = new Map<number, { impressions: number | null; engagements: number | null }>();
  for (const p of posts) {
    const s = latest.get(Number(p.id));
    if (!s) continue;
    const r = reach.get(Number(p.enrollment_id)) ?? { impressions: null, engagements: null };
    const seen = s.impressions ?? s.views;
    if (seen !== null) r.impressions = (r.impressions ?? 0) + Number(seen);
    if (s.likes !== null || s.comments !== null || s.replies !== null)
      r.engagements = (r.engagements ?? 0) + Number(s.likes ?? 0) + Number(s.comments ?? 0) + Number(s.replies ?? 0);
    reach.set(Number(p.enrollment_id), r);
  }
  return reach;
}
