// The `webhook.deliver` job: one attempt to POST an event to an endpoint, signed per Standard Webhooks.
// A 2xx delivers it; anything else is retried by the job queue with backoff for 3 days; the last
// failed attempt gives the send up and disables the endpoint (persistent failure), saying why.
import { signWebhook } from '../../core/webhooks/sign-webhook.ts';
import { WEBHOOK_RETRY_POLICY } from '../../core/webhooks/retry-schedule.ts';
import type { FetchFn } from '../../connectors/http/get-json.ts';
import { type JobHandler, PermanentJobError } from '../jobs/job-handler.ts';
import { WEBHOOK_DELIVER_JOB } from './emit-event.ts';
import { signingSecrets } from './endpoint-secrets.ts';

export interface DeliverOptions {
  key: () => Buffer;
  fetch?: FetchFn;
  timeoutMs?: number;
}

export function webhookDeliverHandler(o: DeliverOptions): JobHandler {
  return {
    kind: WEBHOOK_DELIVER_JOB,
    retry: WEBHOOK_RETRY_POLICY,
    async run(job, { db, now }) {
      const sendId = Number((job.payload as { send_id?: unknown }).send_id);
      const row = await db
        .selectFrom('webhook_sends as s')
        .innerJoin('webhook_endpoints as e', 'e.id', 's.endpoint_id')
        .innerJoin('webhook_events as v', 'v.id', 's.event_id')
        .select([
          's.id',
          's.status',
          's.attempts',
          'e.id as endpoint_id',
          'e.workspace_id',
          'e.url',
          'e.disabled_at',
          'e.secret_ciphertext',
          'e.previous_secret_ciphertext',
          'e.previous_secret_until',
          'v.message_id',
          'v.body',
        ])
        .where('s.id', '=', sendId)
        .where('s.workspace_id', '=', job.workspaceId ?? -1)
        .executeTakeFirst();
      if (!row) throw new PermanentJobError(`webhook send ${sendId} does not exist`);
      if (row.status === 'delivered') return { already: 'delivered' };
      if (row.disabled_at) {
        await db
          .updateTable('webhook_sends')
          .set({ status: 'failed', last_error: 'the endpoint is disabled' })
          .where('id', '=', sendId)
          .execute();
        throw new PermanentJobError('the endpoint is disabled');
      }
      const timestamp = Math.floor(now.getTime() / 1000);
      const signature = signWebhook(signingSecrets(o.key(), row, now), row.message_id, timestamp, row.body);
      const started = performance.now();
      let status: number | null = null;
      let error: string | null = null;
      try {
        const response = await (o.fetch ?? fetch)(row.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'microreach-webhooks/1',
            'webhook-id': row.message_id,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': signature,
          },
          body: row.body,
          redirect: 'manual',
          signal: AbortSignal.timeout(o.timeoutMs ?? 15_000),
        });
        status = response.status;
        await response.body?.cancel().catch(() => undefined);
        if (status < 200 || status >= 300) error = `the endpoint answered ${status}`;
      } catch (e) {
        error = `could not reach the endpoint: ${e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e)}`;
      }
      const latency = Math.round(performance.now() - started);
      const at = now.toISOString();
      const base = { attempts: row.attempts + 1, last_status_code: status, last_attempt_at: at, latency_ms: latency };
      if (error === null) {
        await db
          .updateTable('webhook_sends')
          .set({ ...base, status: 'delivered', delivered_at: at, last_error: null })
          .where('id', '=', sendId)
          .execute();
        return { status, latency_ms: latency };
      }
      const last = job.attempt >= job.maxAttempts;
      await db
        .updateTable('webhook_sends')
        .set({ ...base, last_error: error, ...(last ? { status: 'failed' as const } : {}) })
        .where('id', '=', sendId)
        .execute();
      if (last) {
        await db
          .updateTable('webhook_endpoints')
          .set({
            disabled_at: at,
            disabled_reason: `disabled after failing for 3 days (${job.attempt} attempts): ${error}`,
            updated_at: at,
          })
          .where('id', '=', row.endpoint_id)
          .where('disabled_at', 'is', null)
          .execute();
        throw new PermanentJobError(error);
      }
      throw new Error(error);
    },
  };
}
