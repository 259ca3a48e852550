// One pass of outreach for a workspace at an instant: settle sends a dead worker left behind, plan what
// is due within every limit, send every planned email whose time has come, then count. `outreach run`
// calls it once; serve calls it on a timer for every workspace with a mailbox.
import type { DB } from '../../storage/connect.ts';
import { expireLeases } from '../../storage/jobs/expire-leases.ts';
import { countMessagesByStatus, settleLostSends } from '../../storage/outreach/settle-lost-sends.ts';
import type { JobHandler } from '../jobs/job-handler.ts';
import { runDueJobs } from '../jobs/run-due-jobs.ts';
import { type PlanDeps, planSends } from './plan-sends.ts';

export interface OutreachRunSummary {
  sent: number;
  failed: number;
  deferred: { limit: number; hours: number; spacing: number };
  /** Messages whose fate is unknown (a worker died mid-send): shown, never re-sent. */
  unknown: number;
  refused: { creator_id: number; reason: string }[];
}

export async function runOutreach(
  db: DB,
  deps: PlanDeps,
  handlers: readonly JobHandler[],
  workspaceId: number,
  now: Date,
): Promise<OutreachRunSummary> {
  const iso = now.toISOString();
  await expireLeases(db, iso);
  await settleLostSends(db, workspaceId, iso);
  const before = await countMessagesByStatus(db, workspaceId);
  const plan = await planSends(db, deps, workspaceId, now);
  for (;;) {
    const pass = await runDueJobs(db, handlers, { now, workspaceId, limit: 50, random: deps.random });
    if (pass.claimed < 50) break;
  }
  await settleLostSends(db, workspaceId, iso);
  const after = await countMessagesByStatus(db, workspaceId);
  return {
    sent: (after.sent ?? 0) - (before.sent ?? 0),
    failed: (after.failed ?? 0) - (before.failed ?? 0),
    deferred: { limit: plan.deferred_limit, hours: plan.deferred_hours, spacing: after.queued ?? 0 },
    unknown: after.unknown ?? 0,
    refused: plan.refused,
  };
}
