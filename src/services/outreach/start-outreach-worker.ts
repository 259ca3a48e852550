// Outreach inside `serve`: the durable job runner (every registered handler) plus a planner tick that,
// for every workspace with an active mailbox, settles sends a dead worker left behind and plans what is
// due. What `outreach run` does once, continuously. stop() waits for the pass in flight.
import type { DB } from '../../storage/connect.ts';
import { settleLostSends } from '../../storage/outreach/settle-lost-sends.ts';
import { jobHandlers, type JobDeps } from '../jobs/job-handlers.ts';
import { startJobRunner } from '../jobs/start-job-runner.ts';
import { ensureMailboxWatches } from './inbound/watch-mailbox-job.ts';
import { planSends } from './plan-sends.ts';

export interface OutreachWorker {
  stop(): Promise<void>;
}

export function startOutreachWorker(
  db: DB,
  deps: JobDeps,
  o: { planEveryMs?: number; onError?: (error: unknown) => void } = {},
): OutreachWorker {
  const runner = startJobRunner(db, jobHandlers(deps), { onError: o.onError });
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      const now = new Date();
      await settleLostSends(db, undefined, now.toISOString());
      // Every mailbox with IMAP has its watch chain (started here, or again after it failed for good).
      await ensureMailboxWatches(db, now);
      const workspaces = await db
        .selectFrom('mailboxes')
        .select('workspace_id')
        .distinct()
        .where('status', '=', 'active')
        .execute();
      for (const w of workspaces) {
        if (stopped) return;
        await planSends(db, { ...deps, random: Math.random }, Number(w.workspace_id), now);
      }
    } catch (error) {
      o.onError?.(error);
    }
  };
  const timer = setInterval(() => {
    inFlight = inFlight.then(tick);
  }, o.planEveryMs ?? 60_000);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await inFlight;
      await runner.stop();
    },
  };
}
