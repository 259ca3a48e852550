// A worker that died mid-send leaves its at-most-once job `unknown`. Its message follows: `sending`
// becomes `unknown` (it may have been delivered: a person decides, it is never re-sent blindly);
// `queued` becomes `failed` (the worker died before the first byte: nothing went out).
import type { DB } from '../connect.ts';

export async function settleLostSends(db: DB, workspaceId: number | undefined, now: string): Promise<number> {
  const lostJobs = (eb: DB) => {
    let q = eb.selectFrom('jobs').select('id').where('kind', '=', 'outreach.send').where('status', '=', 'unknown');
    if (workspaceId !== undefined) q = q.where('workspace_id', '=', workspaceId);
    return q;
  };
  const unknown = await db
    .updateTable('outreach_messages')
    .set({ status: 'unknown', error: 'the worker stopped while sending: it may have been delivered', at: now })
    .where('status', '=', 'sending')
    .where('job_id', 'in', lostJobs(db))
    .executeTakeFirst();
  await db
    .updateTable('outreach_messages')
    .set({ status: 'failed', error: 'the worker stopped before sending: nothing went out' })
    .where('status', '=', 'queued')
    .where('job_id', 'in', lostJobs(db))
    .execute();
  return Number(unknown.numUpdatedRows);
}

/** Outgoing messages of a workspace by status. */
export async function countMessagesByStatus(db: DB, workspaceId: number): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('outreach_messages')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('direction', '=', 'out')
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
