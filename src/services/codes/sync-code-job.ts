// The `code.sync` job: creates one discount code in the workspace's connected store. A timeout or a
// store that is down is retried with backoff (syncDiscountCode looks the code up before creating it,
// so a retry after a timeout never makes a second one); a refusal by the store (userErrors, 4xx) fails
// the job for good with the store's words, which are also on the code. A code with no terms, or a
// workspace with no store connected, is recorded as not_synced (with the reason): `codes sync` picks it
// up once a store is connected.
import { type JobHandler, PermanentJobError } from '../jobs/job-handler.ts';
import { CODE_SYNC_JOB } from './enqueue-code-jobs.ts';
import type { StoreClientOptions } from './store-admin-client.ts';
import { syncDiscountCode } from './sync-discount-code.ts';

export interface CodeJobOptions extends StoreClientOptions {
  key: () => Buffer;
}

export function codeSyncJob(o: CodeJobOptions): JobHandler {
  return {
    kind: CODE_SYNC_JOB,
    async run(job, { db, now }) {
      const codeId = Number((job.payload as { code_id?: unknown }).code_id);
      if (!Number.isInteger(codeId) || job.workspaceId === null)
        throw new PermanentJobError(`code.sync job ${job.id}: payload.code_id and the workspace are required`);
      const result = await syncDiscountCode(db, o.key(), job.workspaceId, codeId, {
        fetch: o.fetch,
        timeoutMs: o.timeoutMs,
        now: () => now,
      }).catch((error: unknown) => {
        // The code is not in the job's workspace (or no longer exists): no retry can fix that.
        if (error instanceof Error && /is not in workspace/.test(error.message))
          throw new PermanentJobError(error.message);
        throw error;
      });
      if (result.status === 'failed') throw new PermanentJobError(result.error ?? 'the store refused the code');
      if (result.status === 'pending') throw new Error(result.error ?? 'the store did not answer');
      return result;
    },
  };
}
