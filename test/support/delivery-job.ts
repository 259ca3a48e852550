// A delivery job as the webhook route hands it to the delivery writer: a signed Shopify orders/create
// of the real "dis3" order under its own id. `broken`: a record the database refuses (placed_at is NOT
// NULL), so processing fails inside the batch.
import type { DeliveryJob } from '../../src/services/webhooks/delivery-writer.ts';
import { parseDelivery } from '../../src/services/webhooks/parse-delivery.ts';
import { shopifyOrder } from './commerce.ts';

export function orderDeliveryJob(workspaceId: number, id: number, broken = false): DeliveryJob {
  const body = JSON.stringify(shopifyOrder('dis3', { id, name: `#${id}` }));
  const action = parseDelivery('shopify', 'orders/create', body);
  if (action.kind !== 'order') throw new Error(`fixture did not parse: ${JSON.stringify(action)}`);
  if (broken) action.record = { ...action.record, placedAt: null as unknown as string };
  return {
    workspaceId,
    platform: 'shopify',
    topic: 'orders/create',
    externalId: `delivery-${id}`,
    headers: {},
    body,
    bodyBytes: body.length,
    bodyTruncated: false,
    signatureOk: true,
    action,
    receivedAt: Date.now(),
  };
}
