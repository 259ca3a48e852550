// What a kind of durable job does. Handlers are registered by the part of the product that owns the
// work (outreach sends, reminders, outgoing webhooks) and run by run-due-jobs.ts.
import type { RetryPolicy } from '../../core/jobs/retry-delay.ts';
import type { DB } from '../../storage/connect.ts';

export interface ClaimedJob {
  id: number;
  kind: string;
  workspaceId: number | null;
  idempotencyKey: string;
  payload: unknown;
  /** This attempt's number, from 1. */
  attempt: number;
  maxAttempts: number;
}

export interface JobContext {
  db: DB;
  now: Date;
  worker: string;
}

export interface JobHandler {
  kind: string;
  /** Returns what the job log keeps. Throw PermanentJobError for a failure that no retry can fix. */
  run(job: ClaimedJob, ctx: JobContext): Promise<unknown>;
  retry?: RetryPolicy;
}

/** A failure no retry can fix (a bad payload, a recipient the server refuses for good). */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}
