// Campaign content from the platform data already stored (posts refreshed by the connectors): every post of an
// enrolled creator's account that belongs to the campaign (core/content/is-campaign-post.ts) is recorded as content
// with its current metrics as a snapshot. Running it again adds snapshots and changes nothing else.
import { isCampaignPost } from '../../core/content/is-campaign-post.ts';
import { notFound } from '../../core/app-error.ts';
import { findCampaign } from '../../storage/campaigns/find-campaign.ts';
import { listEnrollments } from '../../storage/campaigns/list-enrollments.ts';
import type { DB } from '../../storage/connect.ts';
import { loadDealTerms } from '../../storage/portal/deal-terms.ts';
import { addContentPost } from './add-content-post.ts';

export async function collectPlatformPosts(db: DB, workspaceId: number, campaignId: number) {
  const campaign = await findCampaign(db, workspaceId, campaignId);
  if (!campaign) throw notFound(`Campaign ${campaignId}`);
  let found = 0;
  let added = 0;
  for (const e of await listEnrollments(db, workspaceId, campaignId)) {
    const { terms } = await loadDealTerms(db, workspaceId, Number(e.id));
    const posts = await db
      .selectFrom('posts')
      .select([
        'id',
        'external_id',
        'type',
        'posted_at',
        'caption',
        'title',
        'permalink',
        'likes',
        'comments',
        'views',
        'impressions',
        'is_paid_partnership',
      ])
      .where('account_id', '=', e.account_id)
      .orderBy('posted_at')
      .execute();
    for (const p of posts) {
      const caption = [p.title, p.caption].filter(Boolean).join('\n') || null;
      const paid = p.is_paid_partnership === null ? null : p.is_paid_partnership === 1;
      const ctx = { terms, code: e.code, linkKey: e.link_key, startsOn: campaign.starts_on, endsOn: campaign.ends_on };
      if (!isCampaignPost({ caption, postedAt: p.posted_at, isPaidPartnership: paid }, ctx)) continue;
      found += 1;
      const saved = await addContentPost(
        db,
        workspaceId,
        { campaignId, enrollmentId: Number(e.id) },
        {
          url: p.permalink ?? `https://${e.platform}.invalid/${encodeURIComponent(p.external_id)}`,
          kind: p.type === 'story' ? 'story' : 'post',
          caption,
          posted_at: new Date(p.posted_at).toISOString(),
          is_paid_partnership: paid,
          likes: p.likes,
          comments: p.comments,
          views: p.views,
          impressions: p.impressions,
        },
        'platform',
      );
      if (saved.created) added += 1;
    }
  }
  return { found, added };
}
