import type { Kysely } from 'kysely';
import { AppError } from '../../core/app-error.ts';
import type { RefundRecord } from '../../core/orders/order-record.ts';
import type { Database, OrderSource } from '../../storage/schema.ts';
import { syncCommission } from '../commission/sync-commission.ts';
import { addRefunds } from './ingest-order.ts';

/**
 * Records a refund of a stored order (Shopify refunds/create) and claws back commission.
 * An unknown order is an error: the delivery stays stored and can be replayed once the order is in.
 */
export async function applyRefund(
  db: Kysely<Database>, workspaceId: number, source: OrderSource, orderExternalId: string,
  toRefund: (currency: string) => RefundRecord, now = new Date().toISOString(),
): Promise<{ orderId: number; changed: boolean }> {
  const order = await db.selectFrom('orders').select(['id', 'workspace_id', 'currency', 'name'])
    .where('workspace_id', '=', workspaceId).where('source', '=', source).where('external_id', '=', orderExternalId).executeTakeFirst();
  if (!order) throw new AppError('unprocessable', `Refund for unknown ${source} order ${orderExternalId}; replay this delivery once the order is stored`);
  const refund = toRefund(order.currency);
  const changed = await addRefunds(db, order, [refund]);
  if (changed) await syncCommission(db, order.id, now, `refund ${refund.externalId} on order ${order.name ?? orderExternalId}`);
  return { orderId: order.id, changed };
}
