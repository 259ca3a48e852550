// A store deleted an order (WooCommerce order.deleted, Shopify orders/delete): it leaves attributed
// revenue like a cancellation, and its commission is clawed back. A restore (order.restored) undoes it.
import type { Kysely } from 'kysely';
import type { Database, OrderSource } from '../../storage/schema.ts';
import { syncCommission } from '../commission/sync-commission.ts';

/** The stored order, or null when the store has not sent it yet (the caller keeps the event pending). */
export async function removeOrder(
  db: Kysely<Database>,
  workspaceId: number,
  source: OrderSource,
  externalId: string,
  now: string,
): Promise<{ orderId: number; changed: boolean } | null> {
  const order = await findOrder(db, workspaceId, source, externalId);
  if (!order) return null;
  if (order.cancelled_at !== null) return { orderId: order.id, changed: false };
  await db
    .updateTable('orders')
    .set({ cancelled_at: now, financial_status: 'deleted', updated_at: now })
    .where('id', '=', order.id)
    .execute();
  await syncCommission(db, order.id, now, `order ${order.name ?? externalId} deleted in the store`);
  return { orderId: order.id, changed: true };
}

export function findOrder(db: Kysely<Database>, workspaceId: number, source: OrderSource, externalId: string) {
  return db
    .selectFrom('orders')
    .select(['id', 'name', 'cancelled_at', 'currency', 'workspace_id'])
    .where('workspace_id', '=', workspaceId)
    .where('source', '=', source)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}
