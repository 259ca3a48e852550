// One pass of the job runner: return dead workers' jobs to the queue (or to `unknown`), lease the due
// jobs this process has handlers for, and run them one after another. `outreach run` calls it once;
// serve calls it on a timer (start-job-runner.ts). Every step is safe with several processes on one
// Postgres: a job is leased by exactly one of them.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { retryDelayMs } from '../../core/jobs/retry-delay.ts';
import type { DB } from '../../storage/connect.ts';
import { claimDueJobs, type JobRow } from '../../storage/jobs/claim-due-jobs.ts';
import { expireLeases } from '../../storage/jobs/expire-leases.ts';
import { completeJob, failJob, retryJob } from '../../storage/jobs/settle-job.ts';
import { type ClaimedJob, type JobHandler, PermanentJobError } from './job-handler.ts';

export interface RunOptions {
  now: Date;
  worker?: string;
  /** How long a job may run before another worker may take it over (or mark it unknown). */
  leaseMs?: number;
  limit?: number;
  workspaceId?: number;
  random?: () => number;
}

export interface RunSummary {
  claimed: number;
  done: number;
  retried: number;
  failed: number;
  expired: number;
}

export const defaultWorkerName = (): string => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

export async function runDueJobs(db: DB, handlers: readonly JobHandler[], o: RunOptions): Promise<RunSummary> {
  const byKind = new Map(handlers.map((h) => [h.kind, h]));
  const worker = o.worker ?? defaultWorkerName();
  const now = o.now.toISOString();
  const summary: RunSummary = { claimed: 0, done: 0, retried: 0, failed: 0, expired: 0 };
  summary.expired = await expireLeases(db, now);
  const jobs = await claimDueJobs(db, {
    kinds: [...byKind.keys()],
    worker,
    now,
    leaseUntil: new Date(o.now.getTime() + (o.leaseMs ?? 300_000)).toISOString(),
    limit: o.limit ?? 50,
    workspaceId: o.workspaceId,
  });
  summary.claimed = jobs.length;
  for (const row of jobs) {
    const handler = byKind.get(row.kind);
    if (!handler) continue;
    const lease = { jobId: row.id, worker, now };
    try {
      const result = await handler.run(toClaimed(row), { db, now: o.now, worker });
      await completeJob(db, lease, result);
      summary.done += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof PermanentJobError) {
        await failJob(db, lease, message);
        summary.failed += 1;
        continue;
      }
      const delay = retryDelayMs(row.attempts, handler.retry, (o.random ?? Math.random)());
      await retryJob(db, lease, message, new Date(o.now.getTime() + delay).toISOString());
      summary.retried += 1;
    }
  }
  return summary;
}

function toClaimed(row: JobRow): ClaimedJob {
  return {
    id: row.id,
    kind: row.kind,
    workspaceId: row.workspace_id,
    idempotencyKey: row.idempotency_key,
    payload: JSON.parse(row.payload),
    attempt: row.attempts,
    maxAttempts: row.max_attempts,
  };
}
