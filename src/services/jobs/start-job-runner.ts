// Runs due jobs continuously inside `serve`: a pass every `intervalMs`, and at once again while a
// pass found a full batch (a backlog drains without waiting for the timer). stop() waits for the
// pass in flight, so a graceful shutdown never abandons a leased job.
import type { DB } from '../../storage/connect.ts';
import type { JobHandler } from './job-handler.ts';
import { defaultWorkerName, runDueJobs } from './run-due-jobs.ts';

export interface JobRunner {
  stop(): Promise<void>;
}

export interface RunnerOptions {
  intervalMs?: number;
  batch?: number;
  clock?: () => Date;
  onError?: (error: unknown) => void;
}

export function startJobRunner(db: DB, handlers: readonly JobHandler[], o: RunnerOptions = {}): JobRunner {
  const worker = defaultWorkerName();
  const batch = o.batch ?? 50;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();

  const pass = async (): Promise<void> => {
    try {
      let claimed = batch;
      while (!stopped && claimed >= batch) {
        const summary = await runDueJobs(db, handlers, {
          now: (o.clock ?? (() => new Date()))(),
          worker,
          limit: batch,
        });
        claimed = summary.claimed;
      }
    } catch (error) {
      o.onError?.(error);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = pass().then(schedule);
    }, o.intervalMs ?? 1_000);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}
