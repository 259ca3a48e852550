// Records a live post or story of an enrolled creator (brand, CLI, portal or platform data): stored once per URL,
// matched to a deliverable, with a metric snapshot, then checked against the deliverable's rules; a failing post
// raises a task for the relationship's owner. Repeating the same call adds a snapshot and changes nothing else.
import type { BrandMention } from '../../core/content/brand-mention.ts';
import type { ContentPostInput } from '../../core/content/content-input.ts';
import { matchDeliverable } from '../../core/content/match-deliverable.ts';
import type { DB } from '../../storage/connect.ts';
import { insertContentSnapshot, upsertContentPost } from '../../storage/content/content-posts.ts';
import { loadDealTerms } from '../../storage/portal/deal-terms.ts';
import type { ContentSource } from '../../storage/schema.ts';
import { emitEvent } from '../webhooks/emit-event.ts';
import { raiseFailingTasks } from './raise-failing-tasks.ts';

export async function addContentPost(
  db: DB,
  workspaceId: number,
  target: { campaignId: number; enrollmentId: number },
  /** brand_mention: how the platform reported the brand named (collected posts, story mentions); absent = not. */
  input: ContentPostInput & { brand_mention?: BrandMention | null },
  source: ContentSource,
  now = new Date().toISOString(),
  /** A story she uploaded: its file and her insights screenshot (paths under the data directory). */
  files?: { media: { path: string; type: string }; insights: string | null },
): Promise<{ id: number; created: boolean }> {
  const result = await db.transaction().execute(async (trx) => {
    const { terms } = await loadDealTerms(trx, workspaceId, target.enrollmentId);
    const matched = await trx
      .selectFrom('content_posts')
      .select(['deliverable_index', (eb) => eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('enrollment_id', '=', target.enrollmentId)
      .where('deliverable_index', 'is not', null)
      .groupBy('deliverable_index')
      .execute();
    const posted = terms.deliverables.map((_, i) => Number(matched.find((m) => m.deliverable_index === i)?.n ?? 0));
    const index = matchDeliverable(terms.deliverables, posted, {
      kind: input.kind,
      requested: input.deliverable ? input.deliverable - 1 : null,
    });
    const saved = await upsertContentPost(trx, {
      workspace_id: workspaceId,
      campaign_id: target.campaignId,
      enrollment_id: target.enrollmentId,
      deliverable_index: index,
      kind: input.kind,
      url: input.url,
      caption: input.caption ?? null,
      posted_at: new Date(input.posted_at).toISOString(),
      is_paid_partnership:
        input.is_paid_partnership === undefined || input.is_paid_partnership === null
          ? null
          : input.is_paid_partnership
            ? 1
            : 0,
      source,
      brand_mention: input.brand_mention ?? null,
      media_file: files?.media.path ?? null,
      media_type: files?.media.type ?? null,
      insights_file: files?.insights ?? null,
      last_seen_at: now,
      created_at: now,
      updated_at: now,
    });
    await insertContentSnapshot(trx, {
      contentId: saved.id,
      workspaceId,
      observedAt: now,
      likes: input.likes ?? null,
      comments: input.comments ?? null,
      views: input.views ?? null,
      impressions: input.impressions ?? null,
      reach: input.reach ?? null,
      replies: input.replies ?? null,
      link_clicks: input.link_clicks ?? null,
      source,
    });
    if (saved.created)
      await emitEvent(
        trx,
        workspaceId,
        'content.posted',
        {
          campaign_id: target.campaignId,
          enrollment_id: target.enrollmentId,
          content_id: saved.id,
          url: input.url,
          kind: input.kind,
          posted_at: new Date(input.posted_at).toISOString(),
          deliverable: index === null ? null : index + 1,
          source,
        },
        new Date(now),
      );
    return saved;
  });
  await raiseFailingTasks(db, workspaceId, target.campaignId, now);
  return result;
}
