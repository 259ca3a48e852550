import type { AccountFacts, CommentFacts } from '../../core/vetting/account-facts.ts';
import type { AudienceDistribution } from '../../core/vetting/audience-summary.ts';
import type { DB } from '../connect.ts';
import { fromJsonArray } from '../creators/json-columns.ts';
import type { Account } from '../schema.ts';

/** Enough recent posts for every window (90 days of a prolific account, the last 12, 60 days of 50). */
export const FACT_POSTS = 300;

export interface LoadedAccount {
  account: Account;
  facts: AccountFacts;
  audiences: AudienceDistribution[];
}

/** Everything vetting needs about one account. Comments are null when none at all are stored for it. */
export async function loadAccountFacts(db: DB, accountId: number): Promise<LoadedAccount | undefined> {
  const account = await db.selectFrom('accounts').selectAll().where('id', '=', accountId).executeTakeFirst();
  if (!account) return undefined;
  const [history, posts, audiences] = await Promise.all([
    db.selectFrom('account_snapshots').select(['observed_at', 'followers']).where('account_id', '=', accountId)
      .where('followers', 'is not', null).orderBy('observed_at').execute(),
    db.selectFrom('posts').selectAll().where('account_id', '=', accountId).orderBy('posted_at', 'desc').limit(FACT_POSTS).execute(),
    db.selectFrom('audiences').selectAll().where('account_id', '=', accountId).execute(),
  ]);
  const postIds = posts.map((p) => p.id);
  const commentRows = postIds.length === 0 ? [] : await db.selectFrom('comments')
    .select(['post_id', 'external_id', 'author_handle', 'text', 'commented_at', 'reply_to', 'by_creator'])
    .where('post_id', 'in', postIds).execute();
  const segments = audiences.length === 0 ? [] : await db.selectFrom('audience_segments').select(['audience_id', 'key', 'share'])
    .where('audience_id', 'in', audiences.map((a) => a.id)).orderBy('share', 'desc').execute();
  const comments: CommentFacts[] = commentRows.map((c) => ({
    postId: String(c.post_id), externalId: c.external_id, authorHandle: c.author_handle, text: c.text,
    commentedAt: c.commented_at, replyTo: c.reply_to, byCreator: c.by_creator === 1,
  }));
  return {
    account,
    facts: {
      platform: account.platform,
      handle: account.handle,
      followers: account.followers,
      following: account.following,
      history: history.map((h) => ({ observedAt: h.observed_at, followers: h.followers! })),
      posts: posts.map((p) => ({
        id: String(p.id), postedAt: p.posted_at, type: p.type, likes: p.likes, comments: p.comments, views: p.views,
        isPaidPartnership: p.is_paid_partnership === null ? null : p.is_paid_partnership === 1, caption: p.caption,
        hashtags: fromJsonArray(p.hashtags), mentions: fromJsonArray(p.mentions), taggedBrands: fromJsonArray(p.tagged_brands),
      })),
      comments: commentRows.length === 0 ? null : comments,
      knownProfiles: [],
    },
    audiences: audiences.map((a) => ({
      dimension: a.dimension, source: a.source, origin: a.origin, sample_size: a.sample_size, as_of: a.as_of,
      segments: segments.filter((s) => s.audience_id === a.id).map(({ key, share }) => ({ key, share })),
    })),
  };
}
