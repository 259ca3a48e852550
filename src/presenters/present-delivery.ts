// JSON shape of a stored webhook delivery (http/schemas/orders.ts): the 0/1 flags as booleans.
import type { listDeliveries } from '../storage/webhooks/list-deliveries.ts';

type DeliveryRow = Awaited<ReturnType<typeof listDeliveries>>['items'][number];

export function presentDelivery(d: DeliveryRow) {
  return { ...d, signature_ok: d.signature_ok === 1, body_truncated: d.body_truncated === 1 };
}
