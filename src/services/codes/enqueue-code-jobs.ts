// The durable work a new discount code brings: create it in the store (`code.sync`, now) and, when its
// campaign has an end date, deactivate it there when the campaign ends (`code.deactivate`). Call it in
// the transaction that made the code, so the code and its jobs commit together. Idempotent: the keys
// name the code (and the end date), so enqueueing again keeps the jobs already there.
import { campaignEndInstant } from '../../core/codes/store-discount.ts';
import type { DB } from '../../storage/connect.ts';
import { enqueueJob } from '../../storage/jobs/enqueue-job.ts';

export const CODE_SYNC_JOB = 'code.sync';
export const CODE_DEACTIVATE_JOB = 'code.deactivate';

export async function enqueueCodeSync(db: DB, workspaceId: number, codeId: number, now: string): Promise<void> {
  await enqueueJob(
    db,
    {
      kind: CODE_SYNC_JOB,
      idempotencyKey: `${CODE_SYNC_JOB}:${codeId}`,
      workspaceId,
      payload: { code_id: codeId },
      runAt: now,
    },
    now,
  );
}

/**
 * Schedules the code's deactivation for the end of its campaign. The key holds the end date, so when
 * the end date changes, calling this again schedules the new end; the job of the old one finds the
 * date changed and does nothing.
 */
export async function scheduleCodeDeactivation(
  db: DB,
  workspaceId: number,
  codeId: number,
  endsOn: string | null,
  now: string,
): Promise<void> {
  if (endsOn === null) return;
  await enqueueJob(
    db,
    {
      kind: CODE_DEACTIVATE_JOB,
      idempotencyKey: `${CODE_DEACTIVATE_JOB}:${codeId}:${endsOn}`,
      workspaceId,
      payload: { code_id: codeId, ends_on: endsOn },
      runAt: campaignEndInstant(endsOn),
    },
    now,
  );
}

/** Both jobs of a code just made. */
export async function enqueueCodeJobs(
  db: DB,
  workspaceId: number,
  codeId: number,
  endsOn: string | null,
  now: string,
): Promise<void> {
  await enqueueCodeSync(db, workspaceId, codeId, now);
  await scheduleCodeDeactivation(db, workspaceId, codeId, endsOn, now);
}
