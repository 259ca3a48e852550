// One enrollment's campaign content from the platform posts already stored for her enrolled account: every post
// that belongs to the campaign (core/content/is-campaign-post.ts) is recorded as content with its current metrics
// as a snapshot. Running it again adds snapshots and changes nothing else.
import { asBrandMention } from '../../core/content/brand-mention.ts';
import { isCampaignPost } from '../../core/content/is-campaign-post.ts';
import type { DB } from '../../storage/connect.ts';
import { loadDealTerms } from '../../storage/portal/deal-terms.ts';
import { addContentPost } from './add-content-post.ts';

const DAY = 86_400_000;

export interface EnrollmentToCollect {
  id: number;
  workspace_id: number;
  campaign_id: number;
  account_id: number;
  platform: string;
  starts_on: string | null;
  ends_on: string | null;
  link_key: string | null;
  code: string | null;
}

/** `found` = campaign posts seen now; `added` = those not recorded before. */
export async function collectEnrollmentPosts(db: DB, e: EnrollmentToCollect, now = new Date().toISOString()) {
  const workspaceId = Number(e.workspace_id);
  const enrollmentId = Number(e.id);
  const { terms } = await loadDealTerms(db, workspaceId, enrollmentId);
  const ctx = { terms, code: e.code, linkKey: e.link_key, startsOn: e.starts_on, endsOn: e.ends_on };
  let q = db
    .selectFrom('posts')
    .select([
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
      'brand_mention',
      'brand_mention_workspace_id',
    ])
    .where('account_id', '=', e.account_id);
  // Posts from well before the campaign are not read (a day's margin for offsets in stored times; isCampaignPost
  // checks the exact window).
  if (e.starts_on) q = q.where('posted_at', '>=', new Date(Date.parse(e.starts_on) - DAY).toISOString().slice(0, 10));
  const posts = await q.orderBy('posted_at').execute();
  let found = 0;
  let added = 0;
  for (const p of posts) {
    const caption = [p.title, p.caption].filter(Boolean).join('\n') || null;
    const paid = p.is_paid_partnership === null ? null : p.is_paid_partnership === 1;
    // A mention of another workspace's brand (posts are shared) is not one of this campaign's brand.
    const ours = p.brand_mention_workspace_id !== null && Number(p.brand_mention_workspace_id) === workspaceId;
    const brandMention = ours ? asBrandMention(p.brand_mention) : null;
    if (!isCampaignPost({ caption, postedAt: p.posted_at, isPaidPartnership: paid, brandMention }, ctx)) continue;
    found += 1;
    const saved = await addContentPost(
      db,
      workspaceId,
      { campaignId: Number(e.campaign_id), enrollmentId },
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
        brand_mention: brandMention,
      },
      'platform',
      now,
    );
    if (saved.created) added += 1;
  }
  return { found, added };
}
