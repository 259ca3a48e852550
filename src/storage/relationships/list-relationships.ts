// A workspace's relationships with their creator, main account (most followers), owner and open tasks;
// filtered by stage in the query, before paging, so `total` counts the same rows.
import type { DB } from '../connect.ts';

export interface RelationshipFilter {
  stage?: string;
  creatorId?: number;
  offset?: number;
  limit?: number;
}

function base(db: DB, workspaceId: number, filter: RelationshipFilter) {
  let q = db.selectFrom('relationships as r').where('r.workspace_id', '=', workspaceId);
  if (filter.stage) q = q.where('r.stage', '=', filter.stage);
  if (filter.creatorId !== undefined) q = q.where('r.creator_id', '=', filter.creatorId);
  return q;
}

export async function countRelationships(db: DB, workspaceId: number, filter: RelationshipFilter): Promise<number> {
  const row = await base(db, workspaceId, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listRelationships(db: DB, workspaceId: number, filter: RelationshipFilter) {
  let q = base(db, workspaceId, filter)
    .innerJoin('creators as c', 'c.id', 'r.creator_id')
    .leftJoin('users as u', 'u.id', 'r.owner_user_id')
    .select((eb) => [
      'r.id',
      'r.creator_id',
      'r.stage',
      'r.owner_user_id',
      'u.email as owner_email',
      'r.tags',
      'r.stage_changed_at',
      'r.updated_at',
      'c.display_name',
      eb
        .selectFrom('relationship_tasks as t')
        .whereRef('t.relationship_id', '=', 'r.id')
        .where('t.done_at', 'is', null)
        .select((e2) => e2.fn.countAll<number>().as('n'))
        .as('open_tasks'),
      eb
        .selectFrom('relationship_tasks as t')
        .whereRef('t.relationship_id', '=', 'r.id')
        .where('t.done_at', 'is', null)
        .select((e2) => e2.fn.min('t.due_on').as('d'))
        .as('next_due_on'),
      // Emails from outreach_messages (issue 13): steps and replies that went out, and mail she sent us.
      eb
        .selectFrom('outreach_messages as m')
        .where('m.workspace_id', '=', workspaceId)
        .whereRef('m.creator_id', '=', 'r.creator_id')
        .where('m.direction', '=', 'out')
        .where('m.status', '=', 'sent')
        .select((e2) => e2.fn.countAll<number>().as('n'))
        .as('emails_sent'),
      eb
        .selectFrom('outreach_messages as m')
        .where('m.workspace_id', '=', workspaceId)
        .whereRef('m.creator_id', '=', 'r.creator_id')
        .where('m.direction', '=', 'in')
        .select((e2) => e2.fn.countAll<number>().as('n'))
        .as('emails_received'),
      eb
        .selectFrom('outreach_messages as m')
        .where('m.workspace_id', '=', workspaceId)
        .whereRef('m.creator_id', '=', 'r.creator_id')
        .where((e2) => e2.or([e2('m.direction', '=', 'in'), e2('m.status', '=', 'sent')]))
        .select((e2) => e2.fn.max('m.at').as('at'))
        .as('last_contact_at'),
    ])
    .orderBy('r.updated_at', 'desc')
    .orderBy('r.id', 'desc');
  if (filter.limit !== undefined) q = q.limit(filter.limit).offset(filter.offset ?? 0);
  const rows = await q.execute();
  const creatorIds = rows.map((r) => Number(r.creator_id));
  const accounts =
    creatorIds.length === 0
      ? []
      : await db
          .selectFrom('accounts')
          .select(['id', 'creator_id', 'platform', 'handle', 'followers'])
          .where('creator_id', 'in', creatorIds)
          .execute();
  return rows.map((r) => {
    const own = accounts
      .filter((a) => Number(a.creator_id) === Number(r.creator_id))
      .sort((a, b) => (b.followers ?? -1) - (a.followers ?? -1) || Number(a.id) - Number(b.id));
    return {
      ...r,
      id: Number(r.id),
      creator_id: Number(r.creator_id),
      owner_user_id: r.owner_user_id === null ? null : Number(r.owner_user_id),
      open_tasks: Number(r.open_tasks ?? 0),
      next_due_on: (r.next_due_on as string | null) ?? null,
      emails_sent: Number(r.emails_sent ?? 0),
      emails_received: Number(r.emails_received ?? 0),
      last_contact_at: (r.last_contact_at as string | null) ?? null,
      accounts: own.map((a) => ({ id: Number(a.id), platform: a.platform, handle: a.handle, followers: a.followers })),
    };
  });
}
export type RelationshipRow = Awaited<ReturnType<typeof listRelationships>>[number];
