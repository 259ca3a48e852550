// A campaign's content view: loads the plain rows (workspace-scoped) and lets core/content/campaign-content.ts
// check every post against its deliverable's rules.
import { notFound } from '../../core/app-error.ts';
import { asBrandMention } from '../../core/content/brand-mention.ts';
import { campaignContent, type ContentPostRow } from '../../core/content/campaign-content.ts';
import { dealTermsSchema } from '../../core/content/deal-terms.ts';
import { defaultTerms } from '../../core/content/default-terms.ts';
import { findCampaign } from '../../storage/campaigns/find-campaign.ts';
import { listEnrollments } from '../../storage/campaigns/list-enrollments.ts';
import type { DB } from '../../storage/connect.ts';
import { listContentPosts, listContentSnapshots } from '../../storage/content/content-posts.ts';

export async function loadCampaignContent(
  db: DB,
  workspaceId: number,
  campaignId: number,
  now = new Date().toISOString(),
) {
  const campaign = await findCampaign(db, workspaceId, campaignId);
  if (!campaign) throw notFound(`Campaign ${campaignId}`);
  const [enrollments, written, posts, snapshots] = await Promise.all([
    listEnrollments(db, workspaceId, campaignId),
    db
      .selectFrom('deal_terms as t')
      .innerJoin('enrollments as e', 'e.id', 't.enrollment_id')
      .select(['t.enrollment_id', 't.terms'])
      .where('t.workspace_id', '=', workspaceId)
      .where('e.campaign_id', '=', campaignId)
      .execute(),
    listContentPosts(db, workspaceId, campaignId),
    listContentSnapshots(db, workspaceId, campaignId),
  ]);
  const termsBy = new Map(written.map((t) => [Number(t.enrollment_id), dealTermsSchema.parse(JSON.parse(t.terms))]));
  const latest = new Map<number, ContentPostRow['metrics']>();
  for (const s of snapshots)
    latest.set(Number(s.content_id), {
      likes: s.likes,
      comments: s.comments,
      views: s.views,
      impressions: s.impressions,
      reach: s.reach,
      replies: s.replies,
      linkClicks: s.link_clicks,
      observedAt: s.observed_at,
    });
  return campaignContent({
    campaign: { startsOn: campaign.starts_on, endsOn: campaign.ends_on },
    now,
    enrollments: enrollments.map((e) => ({
      enrollmentId: Number(e.id),
      creator: `${e.platform}:${e.handle}`,
      dealStatus: e.deal_status,
      giftedMinor: e.gifted_minor,
      linkKey: e.link_key,
      code: e.code,
      terms: termsBy.get(Number(e.id)) ?? defaultTerms(JSON.parse(e.deliverables) as string[]),
    })),
    posts: posts.map((p) => ({
      id: Number(p.id),
      enrollmentId: Number(p.enrollment_id),
      deliverableIndex: p.deliverable_index,
      kind: p.kind,
      url: p.url,
      caption: p.caption,
      postedAt: p.posted_at,
      isPaidPartnership: p.is_paid_partnership === null ? null : p.is_paid_partnership === 1,
      source: p.source,
      deletedAt: p.deleted_at,
      lastSeenAt: p.last_seen_at,
      upload: p.media_file && p.media_type ? { mediaType: p.media_type, insights: p.insights_file !== null } : null,
      brandMention: asBrandMention(p.brand_mention),
      metrics: latest.get(Number(p.id)) ?? null,
    })),
  });
}
