// The accounts that received comments from any of these handles: whose authenticity changes when
// those handles' profiles become known. Handles are matched in the lower-case form imports store.
import type { Platform } from '../../core/creators/creator-record.ts';
import type { DB } from '../connect.ts';

const CHUNK = 5_000;

export async function findCommentedAccounts(db: DB, platform: Platform, handles: readonly string[]): Promise<number[]> {
  const ids = new Set<number>();
  for (let i = 0; i < handles.length; i += CHUNK) {
    const rows = await db
      .selectFrom('comments')
      .innerJoin('posts', 'posts.id', 'comments.post_id')
      .innerJoin('accounts', 'accounts.id', 'posts.account_id')
      .select('posts.account_id')
      .distinct()
      .where('accounts.platform', '=', platform)
      .where('comments.author_handle', 'in', handles.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) ids.add(Number(r.account_id));
  }
  return [...ids];
}
