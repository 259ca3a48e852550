// Stores one delivery with its outcome, processing it first inside a savepoint of the batch's
// transaction: a processing error rolls back to the savepoint and the delivery is still stored
// (outcome "failed", replayable), so no delivery is lost.
import type { Kysely } from 'kysely';
import type { Database, DeliveryOutcome } from '../../storage/schema.ts';
import type { DeliveryJob, DeliveryResult } from './delivery-writer.ts';
import { processAction } from './process-action.ts';

export async function writeDelivery(trx: ControlledTrx, job: DeliveryJob): Promise<DeliveryResult> {
  const now = new Date().toISOString();
  let outcome: DeliveryOutcome = job.ping ? 'ignored' : !job.signatureOk ? 'bad_signature'
    : job.action?.kind === 'invalid' ? 'invalid' : job.action?.kind === 'ignore' ? 'ignored' : 'processed';
  let error: string | null = job.ping ? 'ping' : !job.signatureOk ? 'signature does not match'
    : job.action?.kind === 'invalid' || job.action?.kind === 'ignore' ? job.action.reason : null;
  let orderId: number | null = null;
  let orderExternalId: string | null = null;
  if (outcome === 'processed' && job.action) {
    const earlier = job.externalId === null ? undefined : await trx.selectFrom('webhook_deliveries').select(['id', 'order_id'])
      .where('workspace_id', '=', job.workspaceId).where('platform', '=', job.platform).where('external_id', '=', job.externalId)
      .where('outcome', 'in', ['processed', 'pending']).executeTakeFirst();
    if (earlier) {
      outcome = 'duplicate';
      error = `already received as delivery ${earlier.id}`;
      orderId = earlier.order_id;
    } else {
      // One name serves every delivery: each savepoint is released or rolled back before the next.
      const sp = await trx.savepoint('delivery').execute();
      try {
        const result = await processAction(sp, job.workspaceId, job.platform, job.action, now);
        await sp.releaseSavepoint('delivery').execute();
        orderId = result.orderId;
        if (result.waitingFor !== undefined) {
          outcome = 'pending';
          orderExternalId = result.waitingFor;
          error = `order ${result.waitingFor} is not stored yet; applied when it arrives`;
        }
      } catch (e) {
        await sp.rollbackToSavepoint('delivery').execute();
        outcome = 'failed';
        error = (e as Error).message;
      }
    }
  }
  // The raw delivery is written in the same transaction as its processing (whatever the outcome,
  // even when processing failed and was rolled back to the savepoint), so both are committed together
  // before the reply; writing it once, with its outcome, avoids rewriting a large body.
  const inserted = await trx.insertInto('webhook_deliveries').values({
    workspace_id: job.workspaceId, platform: job.platform, topic: job.topic, external_id: job.externalId,
    signature_ok: job.signatureOk ? 1 : 0, headers: JSON.stringify(job.headers), body: job.body, body_bytes: job.bodyBytes,
    body_truncated: job.bodyTruncated ? 1 : 0, outcome, error, order_id: orderId, order_external_id: orderExternalId,
    received_at: new Date(job.receivedAt).toISOString(), processed_at: now, duration_ms: Date.now() - job.receivedAt,
  }).returning('id').executeTakeFirstOrThrow();
  return { deliveryId: Number(inserted.id), outcome, error, orderId };
}

export type ControlledTrx = Awaited<ReturnType<ReturnType<Kysely<Database>['startTransaction']>['execute']>>;
