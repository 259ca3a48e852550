// Leases up to `limit` due jobs of the given kinds to one worker, in one statement. On Postgres the
// inner select skips rows another instance is claiming (FOR UPDATE SKIP LOCKED), so several servers
// never run the same job; on SQLite the statement runs under the single writer lock.
import type { Selectable } from 'kysely';
import { dialectOf } from '../dialect.ts';
import type { DB } from '../connect.ts';
import type { JobsTable } from '../schema.ts';

export type JobRow = Selectable<JobsTable>;

export interface ClaimOptions {
  kinds: readonly string[];
  worker: string;
  now: string;
  leaseUntil: string;
  limit: number;
  workspaceId?: number;
}

export async function claimDueJobs(db: DB, o: ClaimOptions): Promise<JobRow[]> {
  if (o.kinds.length === 0 || o.limit <= 0) return [];
  let due = db
    .selectFrom('jobs')
    .select('id')
    .where('status', '=', 'queued')
    .where('run_at', '<=', o.now)
    .where('kind', 'in', o.kinds)
    .orderBy('priority', 'desc')
    .orderBy('run_at')
    .orderBy('id')
    .limit(o.limit);
  if (o.workspaceId !== undefined) due = due.where('workspace_id', '=', o.workspaceId);
  if (dialectOf(db) === 'postgres') due = due.forUpdate().skipLocked();
  const rows = await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      lease_owner: o.worker,
      lease_until: o.leaseUntil,
      attempts: eb('attempts', '+', 1),
      updated_at: o.now,
    }))
    .where('id', 'in', due)
    .where('status', '=', 'queued')
    .returningAll()
    .execute();
  // The update returns rows in no particular order: hand them out in the order they were due.
  return rows.sort((a, b) => b.priority - a.priority || a.run_at.localeCompare(b.run_at) || a.id - b.id);
}
