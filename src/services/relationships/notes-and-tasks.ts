// Notes (Markdown as written; @email mentions resolved to members of the workspace) and tasks with due dates
// and reminders (remind_at, stored in UTC).
import { AppError, notFound } from '../../core/app-error.ts';
import { mentionedEmails } from '../../core/relationships/mentions.ts';
import type { TaskInput } from '../../core/relationships/relationship-input.ts';
import type { DB } from '../../storage/connect.ts';
import { recordEvent } from '../../storage/relationships/record-event.ts';
import { requireMember, type Who } from './change-relationship.ts';
import { ensureRelationship } from './ensure-relationship.ts';
import { scheduleReminder } from './schedule-reminder.ts';

/** Mentions of people outside the workspace are refused, so a note never points at a stranger. */
async function resolveMentions(db: DB, workspaceId: number, body: string): Promise<number[]> {
  const emails = mentionedEmails(body);
  if (emails.length === 0) return [];
  const users = await db
    .selectFrom('users')
    .innerJoin('memberships', 'memberships.user_id', 'users.id')
    .select(['users.id', 'users.email'])
    .where('memberships.workspace_id', '=', workspaceId)
    .where('users.email', 'in', emails)
    .execute();
  const unknown = emails.filter((e) => !users.some((u) => u.email === e));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', `Mentioned ${unknown.join(', ')}: not a member of this workspace`, [
      { path: 'body', message: `@${unknown[0]} is not a member` },
    ]);
  }
  return emails.map((e) => Number(users.find((u) => u.email === e)!.id));
}

export async function addNote(db: DB, who: Who, creatorId: number, body: string) {
  const mentions = await resolveMentions(db, who.workspaceId, body);
  return db.transaction().execute(async (trx) => {
    const r = await ensureRelationship(trx, who.workspaceId, creatorId, who.userId);
    const now = new Date().toISOString();
    const note = await trx
      .insertInto('relationship_notes')
      .values({
        relationship_id: r.id,
        workspace_id: who.workspaceId,
        author_user_id: who.userId,
        body,
        mentions: JSON.stringify(mentions),
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(trx, {
      workspaceId: who.workspaceId,
      relationshipId: r.id,
      kind: 'note_added',
      actorUserId: who.userId,
      details: { note_id: Number(note.id), body, mentions },
      at: now,
    });
    return { id: Number(note.id), body, mentions, created_at: now };
  });
}

export async function addTask(db: DB, who: Who, creatorId: number, input: TaskInput) {
  if (input.assignee_user_id) await requireMember(db, who.workspaceId, input.assignee_user_id, 'assignee_user_id');
  return db.transaction().execute(async (trx) => {
    const r = await ensureRelationship(trx, who.workspaceId, creatorId, who.userId);
    const now = new Date().toISOString();
    const remindAt = input.remind_at ? new Date(input.remind_at).toISOString() : null;
    const task = await trx
      .insertInto('relationship_tasks')
      .values({
        relationship_id: r.id,
        workspace_id: who.workspaceId,
        title: input.title,
        due_on: input.due_on ?? null,
        assignee_user_id: input.assignee_user_id ?? null,
        done_at: null,
        remind_at: remindAt,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (remindAt !== null)
      await scheduleReminder(trx, { id: Number(task.id), workspaceId: who.workspaceId, remindAt }, now);
    await recordEvent(trx, {
      workspaceId: who.workspaceId,
      relationshipId: r.id,
      kind: 'task_added',
      actorUserId: who.userId,
      details: {
        task_id: Number(task.id),
        title: input.title,
        due_on: input.due_on ?? null,
        remind_at: input.remind_at ?? null,
      },
      at: now,
    });
    return Number(task.id);
  });
}

/** Marks a task done once; doing it again changes nothing. */
export async function completeTask(db: DB, who: Who, taskId: number) {
  const task = await db
    .selectFrom('relationship_tasks')
    .selectAll()
    .where('workspace_id', '=', who.workspaceId)
    .where('id', '=', taskId)
    .executeTakeFirst();
  if (!task) throw notFound(`Task ${taskId}`);
  if (task.done_at) return;
  await db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    // Only the request that actually closes the task records it: two clicks at once make one event.
    const closed = await trx
      .updateTable('relationship_tasks')
      .set({ done_at: now })
      .where('id', '=', taskId)
      .where('done_at', 'is', null)
      .executeTakeFirst();
    if (Number(closed.numUpdatedRows) === 0) return;
    await recordEvent(trx, {
      workspaceId: who.workspaceId,
      relationshipId: Number(task.relationship_id),
      kind: 'task_done',
      actorUserId: who.userId,
      details: { task_id: taskId, title: task.title },
      at: now,
    });
  });
}
