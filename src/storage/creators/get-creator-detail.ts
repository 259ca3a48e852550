import type { DB } from '../connect.ts';
import type { Account, Creator, WorkspaceAccountData, WorkspaceCreatorData } from '../schema.ts';
import { accountVisibleTo } from '../workspaces/file-reference.ts';
import { loadWorkspaceLayer } from '../workspaces/load-workspace-layer.ts';

export interface AccountDetail {
  account: Account;
  /** The viewer's own values for this account (its files), null when it has none. */
  layer: WorkspaceAccountData | null;
  /** The viewer's own dated numbers (its files), oldest first. */
  ownHistory: {
    observed_at: string;
    followers: number | null;
    following: number | null;
    posts_count: number | null;
    source: string;
  }[];
  history: {
    observed_at: string;
    followers: number | null;
    following: number | null;
    posts_count: number | null;
    source: string;
  }[];
  reported: { metric: string; value: number | null; text: string | null; observed_at: string; source: string }[];
  recentPosts: Awaited<ReturnType<typeof recentPosts>>;
  audiences: {
    dimension: string;
    source: string;
    origin: string;
    sample_size: number | null;
    as_of: string;
    segments: { key: string; share: number; count: number | null }[];
  }[];
}

export interface CreatorDetail {
  creator: Creator;
  layer: WorkspaceCreatorData | null;
  accounts: AccountDetail[];
}

const recentPosts = (db: DB, accountId: number, limit: number) =>
  db
    .selectFrom('posts')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('posted_at', 'desc')
    .limit(limit)
    .execute();

/**
 * A creator with everything the viewer may know about each account (the shared layer and its own);
 * undefined when there is no such creator or none of its accounts is visible to the viewer.
 */
export async function getCreatorDetail(
  db: DB,
  creatorId: number,
  options: { viewerId: number; posts?: number },
): Promise<CreatorDetail | undefined> {
  const creator = await db.selectFrom('creators').selectAll().where('id', '=', creatorId).executeTakeFirst();
  if (!creator) return undefined;
  const accounts = await db
    .selectFrom('accounts')
    .selectAll()
    .where('creator_id', '=', creatorId)
    .where(accountVisibleTo('accounts', options.viewerId))
    .orderBy('followers', 'desc')
    .orderBy('id')
    .execute();
  if (accounts.length === 0) return undefined;
  const layer = await loadWorkspaceLayer(db, options.viewerId, {
    creatorIds: [creatorId],
    accountIds: accounts.map((a) => a.id),
  });
  const details = await Promise.all(
    accounts.map(async (account): Promise<AccountDetail> => {
      const [ownHistory, history, reported, posts, audiences] = await Promise.all([
        db
          .selectFrom('workspace_account_snapshots')
          .select(['observed_at', 'followers', 'following', 'posts_count', 'source'])
          .where('workspace_id', '=', options.viewerId)
          .where('account_id', '=', account.id)
          .orderBy('observed_at')
          .execute(),
        db
          .selectFrom('account_snapshots')
          .select(['observed_at', 'followers', 'following', 'posts_count', 'source'])
          .where('account_id', '=', account.id)
          .orderBy('observed_at')
          .execute(),
        db
          .selectFrom('reported_metrics')
          .select(['metric', 'value', 'text', 'observed_at', 'source'])
          .where('account_id', '=', account.id)
          .orderBy('metric')
          .orderBy('observed_at')
          .execute(),
        recentPosts(db, account.id, options.posts ?? 50),
        db
          .selectFrom('audiences')
          .selectAll()
          .where('account_id', '=', account.id)
          .orderBy('dimension')
          .orderBy('source')
          .execute(),
      ]);
      const segments =
        audiences.length === 0
          ? []
          : await db
              .selectFrom('audience_segments')
              .selectAll()
              .where(
                'audience_id',
                'in',
                audiences.map((a) => a.id),
              )
              .orderBy('share', 'desc')
              .execute();
      return {
        account,
        layer: layer.accounts.get(account.id) ?? null,
        ownHistory,
        history,
        reported,
        recentPosts: posts,
        audiences: audiences.map((a) => ({
          dimension: a.dimension,
          source: a.source,
          origin: a.origin,
          sample_size: a.sample_size,
          as_of: a.as_of,
          segments: segments
            .filter((s) => s.audience_id === a.id)
            .map(({ key, share, count }) => ({ key, share, count })),
        })),
      };
    }),
  );
  return { creator, layer: layer.creators.get(creatorId) ?? null, accounts: details };
}
