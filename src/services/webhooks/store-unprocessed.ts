// Last resort of the delivery writer: a signed delivery whose processing could not even run (the
// database refused the transaction) is stored raw as "failed" with the reason, so it can be replayed
// (POST /api/v1/webhook-deliveries/:id/replay, `microreach webhooks replay`). Never a lost delivery.
import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import type { DeliveryJob, DeliveryResult } from './delivery-writer.ts';

export async function storeUnprocessed(
  db: Kysely<Database>,
  job: DeliveryJob,
  reason: string,
): Promise<DeliveryResult> {
  const now = new Date().toISOString();
  const error = `not processed (${reason}); replay it`;
  const inserted = await db
    .insertInto('webhook_deliveries')
    .values({
      workspace_id: job.workspaceId,
      platform: job.platform,
      topic: job.topic,
      external_id: job.externalId,
      signature_ok: 1,
      headers: JSON.stringify(job.headers),
      body: job.body,
      body_bytes: job.bodyBytes,
      body_truncated: job.bodyTruncated ? 1 : 0,
      outcome: 'failed',
      error,
      order_id: null,
      received_at: new Date(job.receivedAt).toISOString(),
      processed_at: now,
      duration_ms: Date.now() - job.receivedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { deliveryId: Number(inserted.id), outcome: 'failed', error, orderId: null };
}
