// "My tasks": the open tasks assigned to the caller, each with where it stands on `now`, and the counts the
// navigation shows (overdue, due today, reminders whose time has come).
import { countTasks, reminderDue, taskStatus } from '../../core/relationships/task-status.ts';
import type { DB } from '../../storage/connect.ts';
import { openTasksOf } from '../../storage/relationships/open-tasks-of.ts';

export async function myTasks(db: DB, workspaceId: number, userId: number, now: string) {
  const tasks = await openTasksOf(db, workspaceId, userId);
  return {
    items: tasks.map((t) => ({ ...t, status: taskStatus(t, now), reminder_due: reminderDue(t, now) })),
    counts: countTasks(tasks, now),
    now,
  };
}
