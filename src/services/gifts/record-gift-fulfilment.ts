// A store delivery about a gift order (connectors/stores/recognise-gift-order.ts): when the store says it has
// shipped, the gift of this workspace named by the reference becomes `shipped` (once; a repeat changes nothing).
// The order itself is never stored as a sale, so it is never attributed revenue.
import type { GiftOrderEvent } from '../../connectors/stores/recognise-gift-order.ts';
import type { DB } from '../../storage/connect.ts';

export async function recordGiftFulfilment(
  db: DB,
  workspaceId: number,
  event: GiftOrderEvent,
  now: string,
): Promise<{ giftId: number | null; shipped: boolean }> {
  const parts = event.reference?.split('-') ?? [];
  const giftId = Number(parts[3]);
  // Another workspace's reference (or none) names no gift here.
  if (Number(parts[2]) !== workspaceId || !Number.isSafeInteger(giftId)) return { giftId: null, shipped: false };
  if (!event.fulfilled) return { giftId, shipped: false };
  const updated = await db
    .updateTable('gifts')
    .set({ status: 'shipped', shipped_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', giftId)
    .where('status', 'in', ['requested', 'ordered'])
    .executeTakeFirst();
  return { giftId, shipped: Number(updated.numUpdatedRows) > 0 };
}
