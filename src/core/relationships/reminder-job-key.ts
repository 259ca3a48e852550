// The durable job that reminds a task's assignee: one per task and reminder time, so saving the same
// reminder again changes nothing and a moved reminder gets its own job (the old one finds it stale).
export const REMINDER_JOB = 'reminder.due';

export const reminderJobKey = (taskId: number, remindAt: string) => `reminder:${taskId}:${remindAt}`;
