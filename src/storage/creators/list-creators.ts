import { sql } from 'kysely';
import type { Platform } from '../../core/creators/creator-record.ts';
import type { DB } from '../connect.ts';
import { containsInsensitive } from '../dialect.ts';
import type { Account, Creator, WorkspaceAccountData, WorkspaceCreatorData } from '../schema.ts';
import { accountVisibleTo } from '../workspaces/file-reference.ts';
import { loadWorkspaceLayer } from '../workspaces/load-workspace-layer.ts';

export interface CreatorListQuery {
  /** The workspace that reads: it sees the shared layer plus its own layer, never another's. */
  viewerId: number;
  platform?: Platform;
  /** Follower range of at least one matching account: min inclusive, max exclusive. */
  followers?: { min: number; max: number | null };
  /** Text in the display name, a handle or a bio. */
  text?: string;
  /** Only creators in the viewer's pool. */
  poolOnly?: boolean;
  /** Synthetic demo creators are left out unless asked for. */
  includeDemo: boolean;
  offset: number;
  limit: number;
}

export interface ListedCreator {
  creator: Creator;
  layer: WorkspaceCreatorData | null;
  accounts: { account: Account; layer: WorkspaceAccountData | null }[];
}

export interface CreatorListPage {
  total: number;
  /** When nothing matched and demo creators were left out: how many exist (for the empty state), else 0. */
  hiddenDemo: number;
  items: ListedCreator[];
}

/**
 * Creators with at least one account matching the filters, biggest first. Followers and texts are
 * the shared ones, else the viewer's own import when the shared layer does not know them.
 */
export async function listCreators(db: DB, query: CreatorListQuery): Promise<CreatorListPage> {
  const viewer = query.viewerId;
  let matching = db
    .selectFrom('accounts')
    .innerJoin('creators', 'creators.id', 'accounts.creator_id')
    .leftJoin('workspace_account_data as wa', (j) =>
      j.onRef('wa.account_id', '=', 'accounts.id').on('wa.workspace_id', '=', viewer),
    )
    .leftJoin('workspace_creator_data as wc', (j) =>
      j.onRef('wc.creator_id', '=', 'creators.id').on('wc.workspace_id', '=', viewer),
    )
    .where(accountVisibleTo('accounts', viewer));
  const followers = sql<number>`coalesce(accounts.followers, wa.followers)`;
  if (!query.includeDemo) matching = matching.where('creators.demo', 'is', null);
  if (query.platform) matching = matching.where('accounts.platform', '=', query.platform);
  if (query.followers) {
    matching = matching.where(followers, '>=', query.followers.min);
    if (query.followers.max !== null) matching = matching.where(followers, '<', query.followers.max);
  }
  if (query.text) {
    const text = query.text.trim();
    matching = matching.where((eb) =>
      eb.or([
        containsInsensitive(db, 'accounts.handle', text),
        containsInsensitive(db, 'creators.display_name', text),
        containsInsensitive(db, 'accounts.display_name', text),
        containsInsensitive(db, 'accounts.bio', text),
        containsInsensitive(db, 'wc.display_name', text),
        containsInsensitive(db, 'wa.display_name', text),
        containsInsensitive(db, 'wa.bio', text),
      ]),
    );
  }
  if (query.poolOnly) {
    matching = matching.where((eb) =>
      eb.exists(
        eb
          .selectFrom('workspace_creators')
          .select('creator_id')
          .whereRef('workspace_creators.creator_id', '=', 'accounts.creator_id')
          .where('workspace_creators.workspace_id', '=', viewer),
      ),
    );
  }
  const [{ total }, page] = await Promise.all([
    matching.select(sql<number>`count(distinct accounts.creator_id)`.as('total')).executeTakeFirstOrThrow(),
    matching
      .select(['accounts.creator_id', sql<number>`coalesce(max(${followers}), -1)`.as('top')])
      .groupBy('accounts.creator_id')
      .orderBy('top', 'desc')
      .orderBy('accounts.creator_id', 'asc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
  ]);
  const ids = page.map((r) => r.creator_id);
  if (ids.length === 0) {
    const hidden = query.includeDemo
      ? undefined
      : await db
          .selectFrom('creators')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('demo', 'is not', null)
          .executeTakeFirst();
    return { total: Number(total), hiddenDemo: Number(hidden?.n ?? 0), items: [] };
  }
  const [creators, accounts] = await Promise.all([
    db.selectFrom('creators').selectAll().where('id', 'in', ids).execute(),
    db
      .selectFrom('accounts')
      .selectAll()
      .where('creator_id', 'in', ids)
      .where(accountVisibleTo('accounts', viewer))
      .orderBy('followers', 'desc')
      .orderBy('id')
      .execute(),
  ]);
  const layer = await loadWorkspaceLayer(db, viewer, { creatorIds: ids, accountIds: accounts.map((a) => a.id) });
  const byId = new Map(creators.map((c) => [c.id, c]));
  return {
    total: Number(total),
    hiddenDemo: 0,
    items: ids.map((id) => ({
      creator: byId.get(id)!,
      layer: layer.creators.get(id) ?? null,
      accounts: accounts
        .filter((a) => a.creator_id === id)
        .map((account) => ({ account, layer: layer.accounts.get(account.id) ?? null })),
    })),
  };
}
