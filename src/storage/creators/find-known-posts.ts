import type { Platform } from '../../core/creators/creator-record.ts';
import type { KnownPost } from '../../core/imports/account-directory.ts';
import type { DB } from '../connect.ts';

const CHUNK = 500;

/** Stored posts of a platform with these platform ids, with their accounts. */
export async function findKnownPosts(db: DB, platform: Platform, externalIds: string[]): Promise<KnownPost[]> {
  const ids = [...new Set(externalIds)];
  const out: KnownPost[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('posts')
      .innerJoin('accounts', 'accounts.id', 'posts.account_id')
      .select([
        'posts.external_id as post_id',
        'posts.type',
        'posts.posted_at',
        'accounts.handle',
        'accounts.external_id as account_id',
      ])
      .where('accounts.platform', '=', platform)
      .where('posts.external_id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) {
      out.push({
        platform,
        externalId: r.post_id,
        type: r.type,
        postedAt: r.posted_at,
        account: { platform, handle: r.handle, externalId: r.account_id },
      });
    }
  }
  return out;
}
