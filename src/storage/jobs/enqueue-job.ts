// Adds a durable job unless one with the same idempotency key exists (then that one is returned, as it
// is: a repeat of the same work changes nothing). Call it inside the transaction that decided the work,
// so the decision and the job commit together.
import type { DB } from '../connect.ts';

export interface JobInput {
  kind: string;
  idempotencyKey: string;
  workspaceId?: number | null;
  payload?: object;
  runAt: string;
  priority?: number;
  maxAttempts?: number;
  /** An expired lease makes the job `unknown` instead of running it again (side effects outside our database). */
  atMostOnce?: boolean;
}

export interface EnqueuedJob {
  id: number;
  created: boolean;
}

export async function enqueueJob(db: DB, job: JobInput, now: string): Promise<EnqueuedJob> {
  const inserted = await db
    .insertInto('jobs')
    .values({
      workspace_id: job.workspaceId ?? null,
      kind: job.kind,
      idempotency_key: job.idempotencyKey,
      payload: JSON.stringify(job.payload ?? {}),
      status: 'queued',
      priority: job.priority ?? 0,
      run_at: job.runAt,
      max_attempts: job.maxAttempts ?? 8,
      at_most_once: job.atMostOnce ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: Number(inserted.id), created: true };
  const existing = await db
    .selectFrom('jobs')
    .select('id')
    .where('idempotency_key', '=', job.idempotencyKey)
    .executeTakeFirstOrThrow();
  return { id: Number(existing.id), created: false };
}
