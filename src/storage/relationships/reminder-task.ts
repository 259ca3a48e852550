// What a task reminder needs: the task, its relationship and creator, the assignee's address, and
// whether this reminder (task and time) was already recorded on the timeline.
import type { DB } from '../connect.ts';

export async function loadReminderTask(db: DB, workspaceId: number, taskId: number) {
  const row = await db
    .selectFrom('relationship_tasks as t')
    .innerJoin('relationships as r', 'r.id', 't.relationship_id')
    .innerJoin('creators as c', 'c.id', 'r.creator_id')
    .leftJoin('workspace_creator_data as w', (j) =>
      j.onRef('w.creator_id', '=', 'r.creator_id').onRef('w.workspace_id', '=', 't.workspace_id'),
    )
    .leftJoin('users as u', 'u.id', 't.assignee_user_id')
    .select([
      't.id',
      't.title',
      't.due_on',
      't.remind_at',
      't.done_at',
      't.assignee_user_id',
      't.relationship_id',
      'u.email as assignee_email',
      'w.display_name as ws_name',
      'c.display_name',
    ])
    .where('t.workspace_id', '=', workspaceId)
    .where('t.id', '=', taskId)
    .executeTakeFirst();
  return (
    row && {
      id: Number(row.id),
      title: row.title,
      dueOn: row.due_on,
      remindAt: row.remind_at,
      doneAt: row.done_at,
      assigneeUserId: row.assignee_user_id === null ? null : Number(row.assignee_user_id),
      assigneeEmail: row.assignee_email ?? null,
      relationshipId: Number(row.relationship_id),
      creatorName: row.ws_name ?? row.display_name,
    }
  );
}

export async function reminderRecorded(
  db: DB,
  relationshipId: number,
  taskId: number,
  remindAt: string,
): Promise<boolean> {
  const rows = await db
    .selectFrom('relationship_events')
    .select('details')
    .where('relationship_id', '=', relationshipId)
    .where('kind', '=', 'reminder_sent')
    .execute();
  return rows.some((r) => {
    const d = JSON.parse(r.details) as { task_id?: number; remind_at?: string };
    return d.task_id === taskId && d.remind_at === remindAt;
  });
}
