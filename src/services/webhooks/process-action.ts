// One handler per kind of delivery. Idempotent on the external ids. An event about an order that is
// not stored yet (a refund, deletion or edit that overtook its order) is reported as waiting for it;
// the delivery is kept as "pending" and applied here as soon as that order is stored.
import type { Kysely } from 'kysely';
import type { RefundRecord } from '../../core/orders/order-record.ts';
import { storeConnector } from '../../connectors/stores/registry.ts';
import type { Database, StorePlatform, WebhookDelivery } from '../../storage/schema.ts';
import { applyRefund } from '../orders/apply-refund.ts';
import { ingestOrder } from '../orders/ingest-order.ts';
import { recordGiftFulfilment } from '../gifts/record-gift-fulfilment.ts';
import { findOrder, removeOrder } from '../orders/remove-order.ts';
import { parseDelivery, type DeliveryAction } from './parse-delivery.ts';

export interface ActionOutcome {
  orderId: number | null;
  /** Set when the order the event names is not stored yet. */
  waitingFor?: string;
}

/** A stored delivery waiting for its order (outcome "pending"). */
export type PendingDelivery = Pick<WebhookDelivery, 'id' | 'topic' | 'body' | 'attempts'>;

/**
 * `pending`: the deliveries waiting for this action's order when the caller already read them (the
 * delivery writer does, in the same statement as its duplicate check); read here otherwise.
 */
export async function processAction(
  db: Kysely<Database>,
  workspaceId: number,
  platform: StorePlatform,
  action: DeliveryAction,
  now: string,
  pending?: PendingDelivery[],
): Promise<ActionOutcome> {
  switch (action.kind) {
    case 'order':
    case 'restore': {
      const result = await ingestOrder(db, workspaceId, action.record, now, { restore: action.kind === 'restore' });
      if (result.created) await applyPendingEvents(db, workspaceId, platform, action.record.externalId, now, pending);
      return { orderId: result.orderId };
    }
    case 'refund':
      return waiting(
        await applyRefund(
          db,
          workspaceId,
          platform,
          action.orderExternalId,
          refundReader(platform, action.refund),
          now,
        ),
        action.orderExternalId,
      );
    case 'remove':
      return waiting(await removeOrder(db, workspaceId, platform, action.orderExternalId, now), action.orderExternalId);
    case 'edited': {
      // The new amounts arrive with the full order (orders/updated follows every edit).
      const order = await findOrder(db, workspaceId, platform, action.orderExternalId);
      return waiting(order ? { orderId: order.id } : null, action.orderExternalId);
    }
    case 'gift':
      await recordGiftFulfilment(db, workspaceId, action, now);
      return { orderId: null };
    default:
      return { orderId: null };
  }
}

const waiting = (found: { orderId: number } | null, orderExternalId: string): ActionOutcome =>
  found ? { orderId: found.orderId } : { orderId: null, waitingFor: orderExternalId };

/** Applies, in arrival order, the deliveries that were waiting for this order. */
async function applyPendingEvents(
  db: Kysely<Database>,
  workspaceId: number,
  platform: StorePlatform,
  orderExternalId: string,
  now: string,
  known?: PendingDelivery[],
) {
  const pending =
    known ??
    (await db
      .selectFrom('webhook_deliveries')
      .select(['id', 'topic', 'body', 'attempts'])
      .where('workspace_id', '=', workspaceId)
      .where('platform', '=', platform)
      .where('order_external_id', '=', orderExternalId)
      .where('outcome', '=', 'pending')
      .orderBy('id')
      .execute());
  for (const delivery of pending) {
    const action = parseDelivery(platform, delivery.topic, delivery.body);
    const result = await processAction(db, workspaceId, platform, action, now);
    await db
      .updateTable('webhook_deliveries')
      .set({
        outcome: 'processed',
        error: null,
        order_id: result.orderId,
        processed_at: now,
        attempts: delivery.attempts + 1,
      })
      .where('id', '=', delivery.id)
      .execute();
  }
}

/** The connector's reading of a refund event, in the currency of the order it refunds. */
function refundReader(platform: StorePlatform, refund: unknown): (currency: string) => RefundRecord {
  const parseRefund = storeConnector(platform)?.parseRefund;
  if (!parseRefund) throw new Error(`${platform} sent a refund event but has no refund reader`);
  return (currency) => parseRefund(refund, currency);
}
