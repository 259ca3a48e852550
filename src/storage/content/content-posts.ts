// A campaign's content posts and their metric snapshots (0017); every query is scoped to the workspace.
import type { Insertable } from 'kysely';
import type { DB } from '../connect.ts';
import type { ContentPostsTable } from '../schema.ts';

/**
 * Stores a post once per campaign and URL: a repeat keeps the first row (and its deliverable) and refreshes what
 * the new sighting knows. Returns the id and whether it was new.
 */
export async function upsertContentPost(
  db: DB,
  row: Insertable<ContentPostsTable>,
): Promise<{ id: number; created: boolean }> {
  const existing = await db
    .selectFrom('content_posts')
    .select(['id', 'caption', 'posted_at', 'is_paid_partnership', 'insights_file', 'brand_mention'])
    .where('workspace_id', '=', row.workspace_id)
    .where('campaign_id', '=', row.campaign_id)
    .where('url', '=', row.url)
    .executeTakeFirst();
  if (!existing) {
    const { id } = await db.insertInto('content_posts').values(row).returning('id').executeTakeFirstOrThrow();
    return { id: Number(id), created: true };
  }
  await db
    .updateTable('content_posts')
    .set({
      caption: row.caption ?? existing.caption,
      posted_at: row.posted_at ?? existing.posted_at,
      is_paid_partnership: row.is_paid_partnership ?? existing.is_paid_partnership,
      // A brand entry of a post the platform reported as a mention keeps that mention.
      brand_mention: row.brand_mention ?? existing.brand_mention,
      // A story uploaded again with newer numbers keeps the screenshot they were read from.
      insights_file: row.insights_file ?? existing.insights_file,
      last_seen_at: row.last_seen_at,
      updated_at: row.updated_at,
    })
    .where('id', '=', existing.id)
    .execute();
  return { id: Number(existing.id), created: false };
}

export async function insertContentSnapshot(
  db: DB,
  row: {
    contentId: number;
    workspaceId: number;
    observedAt: string;
    likes: number | null;
    comments: number | null;
    views: number | null;
    impressions: number | null;
    reach?: number | null;
    replies?: number | null;
    link_clicks?: number | null;
    source: string;
  },
) {
  const counts = [row.likes, row.comments, row.views, row.impressions, row.reach, row.replies, row.link_clicks];
  if (counts.every((n) => n === null || n === undefined)) return;
  await db
    .insertInto('content_snapshots')
    .values({
      content_id: row.contentId,
      workspace_id: row.workspaceId,
      observed_at: row.observedAt,
      likes: row.likes,
      comments: row.comments,
      views: row.views,
      impressions: row.impressions,
      reach: row.reach ?? null,
      replies: row.replies ?? null,
      link_clicks: row.link_clicks ?? null,
      source: row.source,
    })
    .execute();
}

/** The posts of a campaign (optionally one enrollment), oldest first. */
export function listContentPosts(db: DB, workspaceId: number, campaignId: number, enrollmentId?: number) {
  let q = db
    .selectFrom('content_posts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('campaign_id', '=', campaignId);
  if (enrollmentId !== undefined) q = q.where('enrollment_id', '=', enrollmentId);
  return q.orderBy('posted_at').orderBy('id').execute();
}

/** Every snapshot of a campaign's posts, oldest first (the latest per post is its current metrics). */
export const listContentSnapshots = (db: DB, workspaceId: number, campaignId: number) =>
  db
    .selectFrom('content_snapshots as s')
    .innerJoin('content_posts as p', 'p.id', 's.content_id')
    .select([
      's.content_id',
      's.observed_at',
      's.likes',
      's.comments',
      's.views',
      's.impressions',
      's.reach',
      's.replies',
      's.link_clicks',
      's.source',
    ])
    .where('s.workspace_id', '=', workspaceId)
    .where('p.campaign_id', '=', campaignId)
    .orderBy('s.observed_at')
    .orderBy('s.id')
    .execute();

/** Links the post to the task raised for it, unless one already is; true when this call linked it. */
export async function setContentTask(db: DB, workspaceId: number, contentId: number, taskId: number): Promise<boolean> {
  const r = await db
    .updateTable('content_posts')
    .set({ task_id: taskId })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', contentId)
    .where('task_id', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
