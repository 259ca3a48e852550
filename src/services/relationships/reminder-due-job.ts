// The `reminder.due` job: at a task's remind_at, records `reminder_sent` on the creator's timeline and
// emails the assignee from the workspace's first active mailbox when there is one (else only the event).
// A task done, deleted or whose reminder moved since is left alone. The event is written before the email
// and checked first, so a retried job never emails twice (at most once, like every email of the app).
import { REMINDER_JOB } from '../../core/relationships/reminder-job-key.ts';
import type { DB } from '../../storage/connect.ts';
import { listMailboxes } from '../../storage/outreach/load-mailbox.ts';
import { recordEvent } from '../../storage/relationships/record-event.ts';
import { loadReminderTask, reminderRecorded } from '../../storage/relationships/reminder-task.ts';
import { type JobHandler, PermanentJobError } from '../jobs/job-handler.ts';
import { sendEmail } from '../outreach/send-email.ts';
import type { TransmitDeps } from '../outreach/transmit-message.ts';

export function reminderDueJob(deps: Omit<TransmitDeps, 'now'>): JobHandler {
  return {
    kind: REMINDER_JOB,
    async run(job, ctx) {
      const p = job.payload as { task_id?: unknown; remind_at?: unknown };
      if (job.workspaceId === null || typeof p.task_id !== 'number' || typeof p.remind_at !== 'string')
        throw new PermanentJobError('reminder.due needs a workspace, payload.task_id and payload.remind_at');
      return remindTask(ctx.db, { ...deps, now: () => ctx.now }, job.workspaceId, p.task_id, p.remind_at);
    },
  };
}

export async function remindTask(
  db: DB,
  deps: TransmitDeps,
  workspaceId: number,
  taskId: number,
  remindAt: string,
): Promise<{ status: string; reason?: string; emailed?: string; email_status?: string }> {
  const task = await loadReminderTask(db, workspaceId, taskId);
  if (!task) return { status: 'skipped', reason: 'the task no longer exists' };
  if (task.doneAt !== null) return { status: 'skipped', reason: 'the task is done' };
  if (task.remindAt !== remindAt) return { status: 'skipped', reason: 'the reminder was moved' };
  if (await reminderRecorded(db, task.relationshipId, taskId, remindAt))
    return { status: 'skipped', reason: 'already reminded' };
  const mailbox = (await listMailboxes(db, workspaceId)).find((m) => m.status === 'active');
  const to = mailbox ? task.assigneeEmail : null;
  const at = deps.now().toISOString();
  await recordEvent(db, {
    workspaceId,
    relationshipId: task.relationshipId,
    kind: 'reminder_sent',
    actorUserId: null,
    details: {
      task_id: taskId,
      title: task.title,
      remind_at: remindAt,
      assignee_user_id: task.assigneeUserId,
      emailed_to: to,
      // Why no email, in words (null when one was sent).
      not_emailed: to !== null ? null : !mailbox ? 'no active mailbox in this workspace' : 'the task has no assignee',
    },
    at,
  });
  if (!mailbox || to === null) return { status: 'recorded', reason: 'no email (see the event)' };
  const lines = [
    `Reminder: ${task.title}`,
    task.creatorName ? `Creator: ${task.creatorName}` : null,
    task.dueOn ? `Due: ${task.dueOn}` : null,
    '',
    `Open microreach: ${deps.publicOrigin}/`,
  ].filter((l): l is string => l !== null);
  const sent = await sendEmail(db, deps, {
    workspaceId,
    mailboxId: mailbox.id,
    creatorId: null,
    to,
    subject: `Reminder: ${task.title}`,
    body: lines.join('\n'),
    kind: 'manual',
  });
  return { status: 'recorded', emailed: to, email_status: sent.status };
}
