import type { Kysely } from 'kysely';
import type { Database, StorePlatform } from '../../storage/schema.ts';
import { applyRefund } from '../orders/apply-refund.ts';
import { ingestOrder } from '../orders/ingest-order.ts';
import type { DeliveryAction } from './parse-delivery.ts';

/** One handler per kind of delivery; returns the order it touched. Idempotent on the external ids. */
export async function processAction(db: Kysely<Database>, workspaceId: number, platform: StorePlatform, action: DeliveryAction, now: string): Promise<number | null> {
  switch (action.kind) {
    case 'order':
      return (await ingestOrder(db, workspaceId, action.record, now)).orderId;
    case 'refund':
      return (await applyRefund(db, workspaceId, platform, action.orderExternalId, action.toRefund, now)).orderId;
    default:
      return null;
  }
}
