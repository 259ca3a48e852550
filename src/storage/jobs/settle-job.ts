// The three ways a worker ends its lease. Each checks that the worker still holds the lease: a worker
// that was too slow (its lease expired and the job moved on) changes nothing and is told so.
import type { DB } from '../connect.ts';

interface Lease {
  jobId: number;
  worker: string;
  now: string;
}

/** The job is done; `result` (JSON) is kept for the log. */
export async function completeJob(db: DB, lease: Lease, result?: unknown): Promise<boolean> {
  return settle(db, lease, {
    status: 'done',
    result: result === undefined ? null : JSON.stringify(result),
    last_error: null,
  });
}

/** The attempt failed and may be tried again at `runAt`; the job fails for good once attempts run out. */
export async function retryJob(db: DB, lease: Lease, error: string, runAt: string): Promise<boolean> {
  const row = await db
    .selectFrom('jobs')
    .select(['attempts', 'max_attempts'])
    .where('id', '=', lease.jobId)
    .executeTakeFirst();
  if (!row) return false;
  const exhausted = row.attempts >= row.max_attempts;
  return settle(db, lease, { status: exhausted ? 'failed' : 'queued', last_error: error, run_at: runAt });
}

/** The job cannot succeed (bad payload, a permanent refusal): no more attempts. */
export async function failJob(db: DB, lease: Lease, error: string): Promise<boolean> {
  return settle(db, lease, { status: 'failed', last_error: error });
}

async function settle(
  db: DB,
  lease: Lease,
  values: { status: 'done' | 'queued' | 'failed'; result?: string | null; last_error: string | null; run_at?: string },
): Promise<boolean> {
  const updated = await db
    .updateTable('jobs')
    .set({ ...values, lease_owner: null, lease_until: null, updated_at: lease.now })
    .where('id', '=', lease.jobId)
    .where('status', '=', 'running')
    .where('lease_owner', '=', lease.worker)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
