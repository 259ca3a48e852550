// Jobs whose worker died (lease passed without completion) go back to the queue, except at-most-once
// jobs, which become `unknown`: their side effect may have happened, and a person decides. A job that
// has used all its attempts fails instead of running again.
import { sql } from 'kysely';
import type { DB } from '../connect.ts';

export async function expireLeases(db: DB, now: string): Promise<number> {
  const result = await db
    .updateTable('jobs')
    .set({
      status: sql`case when at_most_once = 1 then 'unknown' when attempts >= max_attempts then 'failed' else 'queued' end`,
      last_error: sql`'lease expired at ' || lease_until || ' (worker ' || coalesce(lease_owner, '?') || ' stopped)'`,
      lease_owner: null,
      lease_until: null,
      updated_at: now,
    })
    .where('status', '=', 'running')
    .where('lease_until', '<', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
