// The `outreach.send` job: sends one planned message. It takes the message from `queued` to `sending`
// first (a message that is not queued is never sent again: sent, or unknown after a crash), checks the
// creator is still in the sequence and not opted out (a planned step of a creator who left is dropped,
// nothing went out), sends, records the outcome and moves her enrollment on.
import { localDay } from '../../core/outreach/sending-window.ts';
import type { DB } from '../../storage/connect.ts';
import { advanceEnrollment, markFirstSendDay } from '../../storage/outreach/advance-enrollment.ts';
import { loadMailbox } from '../../storage/outreach/load-mailbox.ts';
import { claimQueuedMessage, loadMessage } from '../../storage/outreach/outgoing-messages.ts';
import { isOptedOut } from '../../storage/relationships/opt-outs.ts';
import { type JobHandler, PermanentJobError } from '../jobs/job-handler.ts';
import { SEND_JOB } from './plan-sends.ts';
import type { TransmitDeps } from './transmit-message.ts';
import { transmitMessage } from './transmit-message.ts';

export function sendStepJob(deps: Omit<TransmitDeps, 'now'>): JobHandler {
  return {
    kind: SEND_JOB,
    async run(job, ctx) {
      const payload = job.payload as { message_id?: unknown };
      if (job.workspaceId === null || typeof payload.message_id !== 'number')
        throw new PermanentJobError('outreach.send needs a workspace and payload.message_id');
      return sendPlannedMessage(ctx.db, { ...deps, now: () => ctx.now }, job.workspaceId, payload.message_id, job.id);
    },
  };
}

export async function sendPlannedMessage(
  db: DB,
  deps: TransmitDeps,
  workspaceId: number,
  messageId: number,
  jobId: number | null,
): Promise<{ status: string; reason?: string }> {
  const row = await loadMessage(db, workspaceId, messageId);
  if (!row) return { status: 'dropped', reason: 'the planned message no longer exists' };
  if (row.status !== 'queued') return { status: row.status, reason: 'not queued: never sent twice' };
  const enrollment = row.enrollment_id
    ? await db
        .selectFrom('sequence_enrollments')
        .select(['status'])
        .where('id', '=', row.enrollment_id)
        .executeTakeFirst()
    : undefined;
  const left = row.enrollment_id !== null && enrollment?.status !== 'active';
  if (
    left ||
    (await isOptedOut(db, workspaceId, row.creator_id === null ? null : Number(row.creator_id), row.to_address))
  ) {
    // Nothing went out: the plan is withdrawn so the record shows only what was sent.
    await db.deleteFrom('outreach_messages').where('id', '=', row.id).where('status', '=', 'queued').execute();
    return {
      status: 'dropped',
      reason: left ? `she left the sequence (${enrollment?.status ?? 'deleted'})` : 'opted out',
    };
  }
  const mailbox = row.mailbox_id === null ? undefined : await loadMailbox(db, workspaceId, Number(row.mailbox_id));
  if (!mailbox) throw new PermanentJobError(`mailbox of message ${row.id} is gone`);
  if (!(await claimQueuedMessage(db, Number(row.id), jobId)))
    return { status: 'taken', reason: 'another worker has it' };
  const sentAt = deps.now();
  const outcome = await transmitMessage(db, deps, mailbox, row, sentAt);
  if (outcome.status === 'sent') {
    if (row.enrollment_id !== null && row.step_position !== null)
      await advanceEnrollment(db, Number(row.enrollment_id), row.step_position, sentAt);
    await markFirstSendDay(db, mailbox.id, localDay(sentAt, mailbox.time_zone));
  }
  return outcome.status === 'sent' ? { status: 'sent' } : { status: outcome.status, reason: outcome.error };
}
