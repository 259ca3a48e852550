import { sql } from 'kysely';
import type { Platform } from '../../core/creators/creator-record.ts';
import type { DB } from '../connect.ts';
import { containsInsensitive } from '../dialect.ts';
import type { Account, Creator } from '../schema.ts';

export interface CreatorListQuery {
  platform?: Platform;
  /** Follower range of at least one matching account: min inclusive, max exclusive. */
  followers?: { min: number; max: number | null };
  /** Text in the display name, a handle or a bio. */
  text?: string;
  /** Only creators in this workspace's pool. */
  workspaceId?: number;
  offset: number;
  limit: number;
}

export interface CreatorListPage {
  total: number;
  items: { creator: Creator; accounts: Account[] }[];
}

/** Creators with at least one account matching the filters, biggest first. */
export async function listCreators(db: DB, query: CreatorListQuery): Promise<CreatorListPage> {
  let matching = db.selectFrom('accounts').innerJoin('creators', 'creators.id', 'accounts.creator_id');
  if (query.platform) matching = matching.where('accounts.platform', '=', query.platform);
  if (query.followers) {
    matching = matching.where('accounts.followers', '>=', query.followers.min);
    if (query.followers.max !== null) matching = matching.where('accounts.followers', '<', query.followers.max);
  }
  if (query.text) {
    const text = query.text.trim();
    matching = matching.where((eb) => eb.or([
      containsInsensitive(db, 'accounts.handle', text),
      containsInsensitive(db, 'creators.display_name', text),
      containsInsensitive(db, 'accounts.display_name', text),
      containsInsensitive(db, 'accounts.bio', text),
    ]));
  }
  if (query.workspaceId !== undefined) {
    const workspaceId = query.workspaceId;
    matching = matching.where((eb) => eb.exists(eb.selectFrom('workspace_creators').select('creator_id')
      .whereRef('workspace_creators.creator_id', '=', 'accounts.creator_id').where('workspace_creators.workspace_id', '=', workspaceId)));
  }
  const [{ total }, page] = await Promise.all([
    matching.select(sql<number>`count(distinct accounts.creator_id)`.as('total')).executeTakeFirstOrThrow(),
    matching.select(['accounts.creator_id', sql<number>`coalesce(max(accounts.followers), -1)`.as('top')])
      .groupBy('accounts.creator_id')
      .orderBy('top', 'desc').orderBy('accounts.creator_id', 'asc')
      .limit(query.limit).offset(query.offset)
      .execute(),
  ]);
  const ids = page.map((r) => r.creator_id);
  if (ids.length === 0) return { total: Number(total), items: [] };
  const [creators, accounts] = await Promise.all([
    db.selectFrom('creators').selectAll().where('id', 'in', ids).execute(),
    db.selectFrom('accounts').selectAll().where('creator_id', 'in', ids).orderBy('followers', 'desc').execute(),
  ]);
  const byId = new Map(creators.map((c) => [c.id, c]));
  return {
    total: Number(total),
    items: ids.map((id) => ({ creator: byId.get(id)!, accounts: accounts.filter((a) => a.creator_id === id) })),
  };
}
