// A workspace's relationships with their creator, main account (most followers), owner and open tasks;
// filtered (stage, owner, tag, custom field value) in the query, before paging, so `total` counts the same rows.
import { sql } from 'kysely';
import type { DB } from '../connect.ts';
import { fieldValuesOf } from './relationship-fields.ts';

export interface RelationshipFilter {
  stage?: string;
  creatorId?: number;
  /** A member's id, or "none" for relationships nobody owns. */
  owner?: number | 'none';
  tag?: string;
  /** A custom field's canonical value (checked by the caller). */
  field?: { id: number; value: string };
  offset?: number;
  limit?: number;
}

/** A LIKE pattern matching the tag as one JSON string inside the stored array. */
const tagPattern = (tag: string) => `%${JSON.stringify(tag).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

function base(db: DB, workspaceId: number, filter: RelationshipFilter) {
  let q = db.selectFrom('relationships as r').where('r.workspace_id', '=', workspaceId);
  if (filter.stage) q = q.where('r.stage', '=', filter.stage);
  if (filter.creatorId !== undefined) q = q.where('r.creator_id', '=', filter.creatorId);
  if (filter.owner === 'none') q = q.where('r.owner_user_id', 'is', null);
  else if (filter.owner !== undefined) q = q.where('r.owner_user_id', '=', filter.owner);
  if (filter.tag !== undefined) q = q.where(sql<boolean>`r.tags like ${tagPattern(filter.tag)} escape '\\'`);
  const field = filter.field;
  if (field)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('relationship_field_values as v')
          .select('v.field_id')
          .whereRef('v.relationship_id', '=', 'r.id')
          .where('v.field_id', '=', field.id)
          .where('v.value', '=', field.value),
      ),
    );
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
  const values = await fieldValuesOf(
    db,
    workspaceId,
    rows.map((r) => Number(r.id)),
  );
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
      fields: values
        .filter((v) => v.relationship_id === Number(r.id))
        .map((v) => ({ field_id: v.field_id, value: v.value })),
      emails_sent: Number(r.emails_sent ?? 0),
      emails_received: Number(r.emails_received ?? 0),
      last_contact_at: (r.last_contact_at as string | null) ?? null,
      accounts: own.map((a) => ({ id: Number(a.id), platform: a.platform, handle: a.handle, followers: a.followers })),
    };
  });
}
export type RelationshipRow = Awaited<ReturnType<typeof listRelationships>>[number];
