// Watching as a durable job: `outreach.watch` with payload {mailboxId}. The job's lease is what makes
// one instance, and only one, watch a mailbox at a time (claim-due-jobs leases a job to one worker; on
// Postgres under SKIP LOCKED); a dead watcher's lease expires and another instance takes the job over
// from the saved cursor. Each run reads what is new, listens (IDLE) for a while, then queues the next run
// of the chain: at once after an IDLE watch, after `pollMs` when the server has no IDLE (polling).
import type { DB } from '../../../storage/connect.ts';
import { enqueueJob } from '../../../storage/jobs/enqueue-job.ts';
import { listImapMailboxIds, loadWatchedMailbox } from '../../../storage/outreach/inbound/imap-cursor.ts';
import { loadWatchChain, WATCH_KIND, watchKey } from '../../../storage/outreach/inbound/watch-jobs.ts';
import type { JobHandler } from '../../jobs/job-handler.ts';
import { type WatchDeps, watchMailbox } from './watch-mailbox.ts';

export interface WatchJobOptions {
  /** How long one run listens with IDLE; keep it well under the runner's lease (5 min by default). */
  listenMs?: number;
  /** Delay before the next run when the server offers no IDLE. */
  pollMs?: number;
}

export function watchMailboxJob(deps: WatchDeps, o: WatchJobOptions = {}): JobHandler {
  return {
    kind: WATCH_KIND,
    async run(job, ctx) {
      const { mailboxId } = job.payload as { mailboxId: number };
      const result = await watchMailbox(ctx.db, deps, mailboxId, o.listenMs ?? 25_000);
      if (result.mode === 'not_watched') return { mailboxId, mode: result.mode };
      const mailbox = await loadWatchedMailbox(ctx.db, mailboxId);
      const now = deps.clock();
      // Straight on after a run that listened (IDLE); otherwise, or when a run only reads (listenMs 0, as in
      // the shared runner), wait pollMs: a chain must never spin.
      const listened = result.mode === 'idle' && (o.listenMs ?? 25_000) > 0;
      const delay = listened ? 0 : (o.pollMs ?? 60_000);
      await enqueueJob(
        ctx.db,
        {
          kind: WATCH_KIND,
          idempotencyKey: watchKey(mailboxId, job.id),
          workspaceId: mailbox?.workspaceId ?? null,
          payload: { mailboxId },
          runAt: new Date(now.getTime() + delay).toISOString(),
        },
        now.toISOString(),
      );
      return { mailboxId, mode: result.mode, read: result.read };
    },
  };
}

/** Starts the watch chain of every mailbox with IMAP that has none running or queued. Safe to call often. */
export async function ensureMailboxWatches(db: DB, now: Date): Promise<number> {
  let started = 0;
  for (const mailboxId of await listImapMailboxIds(db)) {
    const chain = await loadWatchChain(db, mailboxId);
    if (chain.active) continue;
    const mailbox = await loadWatchedMailbox(db, mailboxId);
    const job = await enqueueJob(
      db,
      {
        kind: WATCH_KIND,
        idempotencyKey: watchKey(mailboxId, chain.lastJobId),
        workspaceId: mailbox?.workspaceId ?? null,
        payload: { mailboxId },
        runAt: now.toISOString(),
      },
      now.toISOString(),
    );
    if (job.created) started += 1;
  }
  return started;
}
