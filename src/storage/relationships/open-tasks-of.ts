// The open tasks assigned to one member in a workspace, with the creator each is about: "My tasks".
import { sql } from 'kysely';
import type { DB } from '../connect.ts';

export async function openTasksOf(db: DB, workspaceId: number, userId: number) {
  const rows = await db
    .selectFrom('relationship_tasks as t')
    .innerJoin('relationships as r', 'r.id', 't.relationship_id')
    .innerJoin('creators as c', 'c.id', 'r.creator_id')
    .leftJoin('workspace_creator_data as own', (j) =>
      j.onRef('own.creator_id', '=', 'r.creator_id').onRef('own.workspace_id', '=', 'r.workspace_id'),
    )
    .select((eb) => [
      't.id',
      't.title',
      't.due_on',
      't.remind_at',
      't.created_at',
      'r.creator_id',
      'r.stage',
      eb.fn.coalesce('own.display_name', 'c.display_name').as('name'),
    ])
    .where('t.workspace_id', '=', workspaceId)
    .where('t.assignee_user_id', '=', userId)
    .where('t.done_at', 'is', null)
    // Dated tasks first, soonest first; the dialects disagree on where NULL sorts, so say it.
    .orderBy(sql`case when t.due_on is null then 1 else 0 end`)
    .orderBy('t.due_on')
    .orderBy('t.id')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), creator_id: Number(r.creator_id) }));
}
