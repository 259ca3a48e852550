// Stores one delivery with its outcome, processing it first (isolated: inside a savepoint of the batch's
// transaction): a processing error rolls back to the savepoint and the delivery is still stored
// (outcome "failed", replayable), so no delivery is lost.
import { type Insertable, sql, type Kysely } from 'kysely';
import type { DB } from '../../storage/connect.ts';
import { precompiled } from '../../storage/precompiled-query.ts';
import type { Database, DeliveryOutcome, StorePlatform, WebhookDeliveriesTable } from '../../storage/schema.ts';
import type { DeliveryJob, DeliveryResult } from './delivery-writer.ts';
import { processAction } from './process-action.ts';

/** Unsigned deliveries kept per workspace and platform (the newest); the rest are only counted. */
export const UNSIGNED_SAMPLE_SIZE = 20;

/** Processing of a delivery failed in a batch run without savepoints: the batch is to be run again isolated. */
export class ProcessingFailed extends Error {
  constructor(cause: unknown) {
    super(`processing failed: ${(cause as Error).message}`, { cause });
  }
}

/**
 * `isolate`: process inside a savepoint, so a processing error is stored with the delivery as "failed".
 * Without it a processing error throws ProcessingFailed and the caller must roll the transaction back.
 */
export async function writeDelivery(trx: ControlledTrx, job: DeliveryJob, isolate = true): Promise<DeliveryResult> {
  const now = new Date().toISOString();
  if (!job.signatureOk) return recordUnsigned(trx, job, now);
  const kind = job.action?.kind;
  let outcome: DeliveryOutcome = kind === 'invalid' ? 'invalid' : kind === 'ignore' ? 'ignored' : 'processed';
  let error: string | null = job.action?.kind === 'invalid' || job.action?.kind === 'ignore' ? job.action.reason : null;
  let orderId: number | null = null;
  let orderExternalId: string | null = null;
  if (outcome === 'processed' && job.action) {
    // One statement finds both an earlier copy of this delivery and, for an order, the events waiting for it.
    // Two index lookups joined by UNION ALL, not one OR: without ANALYZE statistics SQLite answered the OR
    // through the (workspace, platform) prefix of one index, reading every delivery of the workspace for
    // each new one (quadratic: the webhook bench fell from hundreds to tens per second as the table grew).
    const orderKey = job.action.kind === 'order' || job.action.kind === 'restore' ? job.action.record.externalId : null;
    const keys = { ws: job.workspaceId, platform: job.platform, externalId: job.externalId };
    const { rows: related } = await (orderKey === null
      ? selectRelated(trx, keys)
      : selectRelatedAndPending(trx, { ...keys, orderKey }));
    const earlier = related.find((r) => r.external_id === job.externalId && r.outcome !== 'failed');
    // A row can come from both halves (a pending copy of this very delivery): each id once.
    const pending =
      orderKey === null
        ? undefined
        : related.filter(
            (r, i) => r.outcome === 'pending' && r.id !== earlier?.id && related.findIndex((x) => x.id === r.id) === i,
          );
    if (earlier) {
      outcome = 'duplicate';
      error = `already received as delivery ${earlier.id}`;
      orderId = earlier.order_id;
    } else {
      let result: Awaited<ReturnType<typeof processAction>>;
      if (!isolate) {
        // No savepoint (two statements per delivery): a failure undoes the whole batch, which the
        // writer then runs again isolated, so the failing delivery is stored "failed" and the others processed.
        try {
          result = await processAction(trx, job.workspaceId, job.platform, job.action, now, pending);
        } catch (e) {
          throw new ProcessingFailed(e);
        }
      } else {
        // One name serves every delivery: each savepoint is released or rolled back before the next.
        const sp = await trx.savepoint('delivery').execute();
        try {
          result = await processAction(sp, job.workspaceId, job.platform, job.action, now, pending);
          await sp.releaseSavepoint('delivery').execute();
        } catch (e) {
          await sp.rollbackToSavepoint('delivery').execute();
          result = { orderId: null };
          outcome = 'failed';
          error = (e as Error).message;
        }
      }
      if (outcome !== 'failed') {
        orderId = result.orderId;
        if (result.waitingFor !== undefined) {
          outcome = 'pending';
          orderExternalId = result.waitingFor;
          error = `order ${result.waitingFor} is not stored yet; applied when it arrives`;
        }
      }
    }
  }
  // The raw delivery is written in the same transaction as its processing (whatever the outcome,
  // even when processing failed and was rolled back to the savepoint), so both are committed together
  // before the reply; writing it once, with its outcome, avoids rewriting a large body.
  const { rows } = await insertDelivery(trx, {
    workspace_id: job.workspaceId,
    platform: job.platform,
    topic: job.topic,
    external_id: job.externalId,
    signature_ok: job.signatureOk ? 1 : 0,
    headers: JSON.stringify(job.headers),
    body: job.body,
    body_bytes: job.bodyBytes,
    body_truncated: job.bodyTruncated ? 1 : 0,
    outcome,
    error,
    order_id: orderId,
    order_external_id: orderExternalId,
    received_at: new Date(job.receivedAt).toISOString(),
    processed_at: now,
    duration_ms: Date.now() - job.receivedAt,
  });
  const inserted = rows[0]!;
  return { deliveryId: Number(inserted.id), outcome, error, orderId };
}

/** Counts an unsigned delivery (a ping included) and keeps it in the bounded sample of the newest ones. */
async function recordUnsigned(trx: ControlledTrx, job: DeliveryJob, now: string): Promise<DeliveryResult> {
  await trx
    .insertInto('webhook_rejections')
    .values({ workspace_id: job.workspaceId, platform: job.platform, count: 1, first_at: now, last_at: now })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'platform']).doUpdateSet({ count: sql`webhook_rejections.count + 1`, last_at: now }),
    )
    .execute();
  const outcome: DeliveryOutcome = job.ping ? 'ignored' : 'bad_signature';
  const error = job.ping ? 'unsigned ping' : 'signature does not match';
  const inserted = await trx
    .insertInto('webhook_deliveries')
    .values({
      workspace_id: job.workspaceId,
      platform: job.platform,
      topic: job.topic,
      external_id: null,
      signature_ok: 0,
      headers: JSON.stringify(job.headers),
      body: job.body,
      body_bytes: job.bodyBytes,
      body_truncated: job.bodyTruncated ? 1 : 0,
      outcome,
      error,
      order_id: null,
      received_at: new Date(job.receivedAt).toISOString(),
      processed_at: now,
      duration_ms: Date.now() - job.receivedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const oldestKept = await trx
    .selectFrom('webhook_deliveries')
    .select('id')
    .where('workspace_id', '=', job.workspaceId)
    .where('platform', '=', job.platform)
    .where('signature_ok', '=', 0)
    .orderBy('id', 'desc')
    .limit(1)
    .offset(UNSIGNED_SAMPLE_SIZE - 1)
    .executeTakeFirst();
  if (oldestKept) {
    await trx
      .deleteFrom('webhook_deliveries')
      .where('workspace_id', '=', job.workspaceId)
      .where('platform', '=', job.platform)
      .where('signature_ok', '=', 0)
      .where('id', '<', oldestKept.id)
      .execute();
  }
  return { deliveryId: Number(inserted.id), outcome, error, orderId: null };
}

const RELATED_COLUMNS = ['id', 'order_id', 'external_id', 'outcome', 'topic', 'body', 'attempts'] as const;

type RelatedKeys = { ws: number; platform: StorePlatform; externalId: string | null };

const byDelivery = (db: DB, a: RelatedKeys) =>
  db
    .selectFrom('webhook_deliveries')
    .select(RELATED_COLUMNS)
    .where('workspace_id', '=', a.ws)
    .where('platform', '=', a.platform)
    .where('external_id', '=', a.externalId)
    .where('outcome', 'in', ['processed', 'pending']);

/** An earlier copy of this delivery (compiled once: this runs for every delivery). */
const selectRelated = precompiled((db, a: RelatedKeys) => byDelivery(db, a).orderBy('id'), { prepare: true });

/** An earlier copy of this delivery, and the events waiting for its order. */
const selectRelatedAndPending = precompiled(
  (db, a: RelatedKeys & { orderKey: string }) =>
    byDelivery(db, a)
      .unionAll(
        db
          .selectFrom('webhook_deliveries')
          .select(RELATED_COLUMNS)
          .where('workspace_id', '=', a.ws)
          .where('platform', '=', a.platform)
          .where('order_external_id', '=', a.orderKey)
          .where('outcome', '=', 'pending'),
      )
      .orderBy('id'),
  { prepare: true },
);

const insertDelivery = precompiled(
  (db, row: Insertable<WebhookDeliveriesTable>) => db.insertInto('webhook_deliveries').values(row).returning('id'),
  { prepare: true },
);

export type ControlledTrx = Awaited<ReturnType<ReturnType<Kysely<Database>['startTransaction']>['execute']>>;
