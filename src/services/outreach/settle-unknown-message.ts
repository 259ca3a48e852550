// A person settles an email whose fate is unknown (a worker died mid-send) or that failed: "sent" (she
// got it: the sequence moves on) or "resend" (it goes out again under a new Message-ID in the same thread,
// through a new job). Only a person decides this; nothing re-sends an unknown email by itself.
import { randomBytes } from 'node:crypto';
import { AppError, notFound } from '../../core/app-error.ts';
import { newMessageId } from '../../core/outreach/thread-headers.ts';
import type { DB } from '../../storage/connect.ts';
import { enqueueJob } from '../../storage/jobs/enqueue-job.ts';
import { advanceEnrollment } from '../../storage/outreach/advance-enrollment.ts';
import { loadMessage } from '../../storage/outreach/outgoing-messages.ts';
import { SEND_JOB } from './plan-sends.ts';

export async function settleUnknownMessage(
  db: DB,
  workspaceId: number,
  messageRowId: number,
  as: 'sent' | 'resend',
  now: Date,
): Promise<{ id: number; status: string; message_id: string }> {
  const row = await loadMessage(db, workspaceId, messageRowId);
  if (row?.direction !== 'out') throw notFound(`Outgoing message ${messageRowId}`);
  if (row.status !== 'unknown' && row.status !== 'failed')
    throw new AppError(
      'conflict',
      `Message ${messageRowId} is ${row.status}: only an unknown or failed email is settled`,
      [{ path: 'status', message: row.status }],
    );
  const iso = now.toISOString();
  return db.transaction().execute(async (trx) => {
    if (as === 'sent') {
      await trx
        .updateTable('outreach_messages')
        .set({ status: 'sent', error: null })
        .where('id', '=', row.id)
        .execute();
      if (row.enrollment_id !== null && row.step_position !== null)
        await advanceEnrollment(trx, Number(row.enrollment_id), row.step_position, new Date(row.at));
      return { id: Number(row.id), status: 'sent', message_id: row.message_id };
    }
    const messageId = newMessageId(row.from_address, randomBytes(16).toString('hex'));
    const job = await enqueueJob(
      trx,
      {
        kind: SEND_JOB,
        idempotencyKey: `resend:${row.id}:${row.message_id}`,
        workspaceId,
        payload: { message_id: Number(row.id) },
        runAt: iso,
        atMostOnce: true,
        maxAttempts: 1,
      },
      iso,
    );
    await trx
      .updateTable('outreach_messages')
      .set({
        status: 'queued',
        error: null,
        message_id: messageId,
        // thread_root stays: a reply to the first copy (if it did arrive) still finds this thread.
        job_id: job.id,
        at: iso,
      })
      .where('id', '=', row.id)
      .execute();
    return { id: Number(row.id), status: 'queued', message_id: messageId };
  });
}
