import type { Kysely } from 'kysely';
import type { PostRecord, Provenance } from '../../core/creators/creator-record.ts';
import type { Database } from '../schema.ts';
import { changedFields, flag, nullableFlag } from './changed-fields.ts';
import { toJsonArray } from './json-columns.ts';
import { saveSeriesPoint } from './save-series-point.ts';

/** Inserts or updates posts (with their metric history and comments); returns whether anything changed. */
export async function savePosts(
  db: Kysely<Database>,
  accountId: number,
  posts: PostRecord[],
  p: Provenance,
  now: string,
  /** The importing workspace: the brand a brandMention is of. */
  workspaceId?: number,
): Promise<boolean> {
  let changed = false;
  for (const post of posts) {
    const columns = {
      type: post.type,
      posted_at: post.postedAt,
      title: post.title,
      caption: post.caption,
      hashtags: post.hashtags && toJsonArray(post.hashtags),
      mentions: post.mentions && toJsonArray(post.mentions),
      tagged_brands: post.taggedBrands && toJsonArray(post.taggedBrands),
      permalink: post.permalink,
      likes: post.likes,
      comments: post.comments,
      views: post.views,
      impressions: post.impressions,
      reach: post.reach,
      saves: post.saves,
      is_paid_partnership: nullableFlag(post.isPaidPartnership),
      is_pinned: flag(post.isPinned),
      // Absent = this read does not say: a later read of her own media list keeps the mention the brand's edge gave.
      brand_mention: post.brandMention,
      brand_mention_workspace_id: post.brandMention ? workspaceId : undefined,
    };
    const existing = await db
      .selectFrom('posts')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('external_id', '=', post.externalId)
      .executeTakeFirst();
    let postId: number;
    if (!existing) {
      const defined = Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined));
      const inserted = await db
        .insertInto('posts')
        .values({
          ...defined,
          account_id: accountId,
          external_id: post.externalId,
          type: post.type,
          posted_at: post.postedAt,
          source: p.source,
          fetched_at: p.fetchedAt,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      postId = Number(inserted.id);
      changed = true;
    } else {
      postId = existing.id;
      const diff = changedFields<Record<string, unknown>>(existing, columns);
      if (Object.keys(diff).length > 0) {
        await db
          .updateTable('posts')
          .set({ ...diff, source: p.source, fetched_at: p.fetchedAt, updated_at: now })
          .where('id', '=', postId)
          .execute();
        changed = true;
      }
    }
    if (post.likes !== undefined || post.comments !== undefined || post.views !== undefined) {
      const outcome = await saveSeriesPoint(db, {
        table: 'post_snapshots',
        key: { post_id: postId },
        observedAt: p.observedAt,
        values: { likes: post.likes ?? null, comments: post.comments ?? null, views: post.views ?? null },
        extra: { source: p.source },
      });
      changed ||= outcome !== 'unchanged';
    }
    for (const c of post.commentThreads ?? []) {
      const row = {
        author_handle: c.authorHandle,
        text: c.text,
        commented_at: c.commentedAt,
        reply_to: c.replyTo ?? null,
        by_creator: c.byCreator ? (1 as const) : (0 as const),
      };
      const found = await db
        .selectFrom('comments')
        .selectAll()
        .where('post_id', '=', postId)
        .where('external_id', '=', c.externalId)
        .executeTakeFirst();
      if (!found) {
        await db
          .insertInto('comments')
          .values({ ...row, post_id: postId, external_id: c.externalId, source: p.source, fetched_at: p.fetchedAt })
          .execute();
        changed = true;
      } else if (Object.keys(changedFields<Record<string, unknown>>(found, row)).length > 0) {
        await db
          .updateTable('comments')
          .set({ ...row, source: p.source, fetched_at: p.fetchedAt })
          .where('id', '=', found.id)
          .execute();
        changed = true;
      }
    }
  }
  return changed;
}
