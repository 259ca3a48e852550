// Reads of a workspace's creator lists: one list, all lists with their sizes, a list's members.
import { notFound } from '../../core/app-error.ts';
import type { DB } from '../connect.ts';

export async function findList(db: DB, workspaceId: number, listId: number) {
  const row = await db
    .selectFrom('creator_lists')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', listId)
    .executeTakeFirst();
  if (!row) throw notFound(`List ${listId}`);
  return { ...row, id: Number(row.id) };
}

export async function listLists(db: DB, workspaceId: number) {
  const rows = await db
    .selectFrom('creator_lists')
    .leftJoin('creator_list_members', 'creator_list_members.list_id', 'creator_lists.id')
    .select((eb) => [
      'creator_lists.id',
      'creator_lists.name',
      'creator_lists.created_by',
      'creator_lists.created_at',
      'creator_lists.updated_at',
      eb.fn.count<number>('creator_list_members.account_id').as('size'),
    ])
    .where('creator_lists.workspace_id', '=', workspaceId)
    .groupBy([
      'creator_lists.id',
      'creator_lists.name',
      'creator_lists.created_by',
      'creator_lists.created_at',
      'creator_lists.updated_at',
    ])
    .orderBy('creator_lists.name')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), size: Number(r.size) }));
}

export async function listMembers(db: DB, workspaceId: number, listId: number) {
  const rows = await db
    .selectFrom('creator_list_members as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .innerJoin('creators as c', 'c.id', 'm.creator_id')
    .leftJoin('relationships as r', (j) =>
      j.onRef('r.creator_id', '=', 'm.creator_id').onRef('r.workspace_id', '=', 'm.workspace_id'),
    )
    // Names and emails as this workspace knows them: its own layer first (emails live only there, but
    // for the synthetic demo creators), then the shared name.
    .leftJoin('workspace_creator_data as own', (j) =>
      j.onRef('own.creator_id', '=', 'm.creator_id').onRef('own.workspace_id', '=', 'm.workspace_id'),
    )
    .select((eb) => [
      'm.account_id',
      'm.creator_id',
      'm.added_at',
      'a.platform',
      'a.handle',
      'a.followers',
      eb.fn.coalesce('own.display_name', 'c.display_name').as('display_name'),
      eb.fn.coalesce('own.email', 'c.email').as('email'),
      'r.stage',
    ])
    .where('m.workspace_id', '=', workspaceId)
    .where('m.list_id', '=', listId)
    .orderBy('a.platform')
    .orderBy('a.handle')
    .execute();
  return rows.map((r) => ({ ...r, account_id: Number(r.account_id), creator_id: Number(r.creator_id) }));
}
export type ListMember = Awaited<ReturnType<typeof listMembers>>[number];
