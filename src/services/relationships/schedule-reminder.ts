// Enqueues the reminder of a task at its remind_at, in the transaction that saved the task, so the task
// and its reminder commit together.
import { REMINDER_JOB, reminderJobKey } from '../../core/relationships/reminder-job-key.ts';
import type { DB } from '../../storage/connect.ts';
import { enqueueJob } from '../../storage/jobs/enqueue-job.ts';

export async function scheduleReminder(
  trx: DB,
  task: { id: number; workspaceId: number; remindAt: string },
  now: string,
): Promise<{ id: number; created: boolean }> {
  return enqueueJob(
    trx,
    {
      kind: REMINDER_JOB,
      idempotencyKey: reminderJobKey(task.id, task.remindAt),
      workspaceId: task.workspaceId,
      payload: { task_id: task.id, remind_at: task.remindAt },
      runAt: task.remindAt,
      // It emails a person: an attempt whose lease ran out is not run again blindly.
      atMostOnce: true,
    },
    now,
  );
}
