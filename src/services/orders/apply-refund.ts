import type { Kysely } from 'kysely';
import type { RefundRecord } from '../../core/orders/order-record.ts';
import type { Database, OrderSource } from '../../storage/schema.ts';
import { syncCommission } from '../commission/sync-commission.ts';
import { addRefunds } from './ingest-order.ts';
import { findOrder } from './remove-order.ts';

/**
 * Records a refund of a stored order (Shopify refunds/create) and claws back commission. Returns null
 * when the order is not stored yet: the delivery then waits (pending) and is applied when it arrives.
 */
export async function applyRefund(
  db: Kysely<Database>,
  workspaceId: number,
  source: OrderSource,
  orderExternalId: string,
  toRefund: (currency: string) => RefundRecord,
  now = new Date().toISOString(),
): Promise<{ orderId: number; changed: boolean } | null> {
  const order = await findOrder(db, workspaceId, source, orderExternalId);
  if (!order) return null;
  const refund = toRefund(order.currency);
  const changed = await addRefunds(db, order, [refund]);
  if (changed)
    await syncCommission(db, order.id, now, `refund ${refund.externalId} on order ${order.name ?? orderExternalId}`);
  return { orderId: order.id, changed };
}
