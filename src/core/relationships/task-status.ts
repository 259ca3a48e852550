// Where an open task stands for its assignee at a given moment: the "My tasks" list and its counts in the
// navigation. A task is overdue the day after its due date (due_on is a calendar day, read in UTC), and its
// reminder is due once remind_at has passed.

export type TaskStatus = 'overdue' | 'due_today' | 'upcoming' | 'no_date';

export interface OpenTask {
  due_on: string | null;
  remind_at: string | null;
}

/** The task's standing on `now` (an ISO time). */
export function taskStatus(task: OpenTask, now: string): TaskStatus {
  if (task.due_on === null) return 'no_date';
  const today = now.slice(0, 10);
  if (task.due_on < today) return 'overdue';
  return task.due_on === today ? 'due_today' : 'upcoming';
}

/** True when the reminder time has come (a task without one never reminds). */
export const reminderDue = (task: OpenTask, now: string): boolean =>
  task.remind_at !== null && Date.parse(task.remind_at) <= Date.parse(now);

export interface TaskCounts {
  overdue: number;
  due_today: number;
  reminders: number;
}

export function countTasks(tasks: readonly OpenTask[], now: string): TaskCounts {
  const counts: TaskCounts = { overdue: 0, due_today: 0, reminders: 0 };
  for (const t of tasks) {
    const s = taskStatus(t, now);
    if (s === 'overdue') counts.overdue += 1;
    if (s === 'due_today') counts.due_today += 1;
    if (reminderDue(t, now)) counts.reminders += 1;
  }
  return counts;
}
