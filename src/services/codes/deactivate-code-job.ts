// The `code.deactivate` job, due when the code's campaign ends: deactivates the code in the store so it
// cannot be redeemed (and earn commission) after the campaign. It does nothing when the campaign's end
// date has changed since it was scheduled (the job of the new date does it), when the code is already
// deactivated, or when it never reached the store. A code still waiting for its creation, or a store
// that fails, is retried with backoff; `codes sync` remains the manual catch-up.
import { campaignEnded } from '../../core/codes/store-discount.ts';
import { type JobHandler, PermanentJobError } from '../jobs/job-handler.ts';
import { deactivateOne } from './deactivate-ended-codes.ts';
import { CODE_DEACTIVATE_JOB } from './enqueue-code-jobs.ts';
import { storeAdminClient } from './store-admin-client.ts';
import type { CodeJobOptions } from './sync-code-job.ts';

export function codeDeactivateJob(o: CodeJobOptions): JobHandler {
  return {
    kind: CODE_DEACTIVATE_JOB,
    async run(job, { db, now }) {
      const payload = job.payload as { code_id?: unknown; ends_on?: unknown };
      const codeId = Number(payload.code_id);
      if (!Number.isInteger(codeId) || typeof payload.ends_on !== 'string' || job.workspaceId === null)
        throw new PermanentJobError(
          `code.deactivate job ${job.id}: payload.code_id, payload.ends_on and the workspace are required`,
        );
      const row = await db
        .selectFrom('discount_codes as d')
        .innerJoin('campaigns as c', 'c.id', 'd.campaign_id')
        .select(['d.id', 'd.sync_status', 'd.store_ref', 'c.ends_on'])
        .where('d.workspace_id', '=', job.workspaceId)
        .where('d.id', '=', codeId)
        .executeTakeFirst();
      if (!row) throw new PermanentJobError(`discount code ${codeId} is not in workspace ${job.workspaceId}`);
      if (row.ends_on !== payload.ends_on)
        return { skipped: `the campaign's end date is now ${row.ends_on ?? 'none'}` };
      if (!campaignEnded(row.ends_on, now)) throw new Error(`the campaign has not ended yet (ends ${row.ends_on})`);
      if (row.sync_status === 'deactivated') return { already: 'deactivated' };
      if (row.sync_status === 'pending') throw new Error('the code is not created in the store yet');
      if (row.sync_status !== 'synced' || !row.store_ref)
        return { skipped: `the code is ${row.sync_status} in the store` };
      const store = await storeAdminClient(db, o.key(), job.workspaceId, { fetch: o.fetch, timeoutMs: o.timeoutMs });
      if ('reason' in store) throw new Error(store.reason);
      const error = await deactivateOne(db, store.client, codeId, row.store_ref, now);
      if (error) throw new Error(error);
      return { deactivated: codeId };
    },
  };
}
