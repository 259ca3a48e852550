// A creator's deliverables as the campaign report and the content API list them (snake_case rows, 1-based numbers),
// in the core like the rest of the report's shape (core/reports/campaign-report.ts).
import type { CampaignContent, CheckedContentPost } from './campaign-content.ts';

export const presentPost = (p: CheckedContentPost) => ({
  id: p.id,
  kind: p.kind,
  url: p.url,
  caption: p.caption,
  posted_at: p.postedAt,
  source: p.source,
  brand_mention: p.brandMention,
  deleted_at: p.deletedAt,
  outcome: p.outcome,
  rules: p.rules,
  // Served to signed-in members of the workspace only (http/routes/content-files.ts).
  upload: p.upload
    ? {
        media_type: p.upload.mediaType,
        media_url: `/api/v1/content/${p.id}/media`,
        insights_url: p.upload.insights ? `/api/v1/content/${p.id}/insights` : null,
      }
    : null,
  metrics: p.metrics
    ? {
        likes: p.metrics.likes,
        comments: p.metrics.comments,
        views: p.metrics.views,
        impressions: p.metrics.impressions,
        reach: p.metrics.reach,
        replies: p.metrics.replies,
        link_clicks: p.metrics.linkClicks,
        observed_at: p.metrics.observedAt,
      }
    : null,
});

/** Every deliverable of one creator with its state and checked posts (also the report's `deliverables`). */
export const presentDeliverables = (c: CampaignContent['creators'][number]) =>
  c.deliverables.map((d) => ({
    number: d.index + 1,
    type: d.type,
    count: d.count,
    window_start: d.window_start ?? null,
    due_on: d.due_on ?? null,
    state: d.state,
    posted: d.posted,
    posts: d.posts.map(presentPost),
  }));
