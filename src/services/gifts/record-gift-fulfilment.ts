// A store delivery about a gift order (connectors/stores/recognise-gift-order.ts): when the store says it has
// shipped, the gift of this workspace named by the reference becomes `shipped` (once; a repeat changes nothing)
// and her relationship moves forward to "product sent". Both happen in the caller's transaction (the webhook
// batch's savepoint), so a delivery rolled back moves nothing, and only the delivery that ships the gift moves her.
// The order itself is never stored as a sale, so it is never attributed revenue.
import type { GiftOrderEvent } from '../../connectors/stores/recognise-gift-order.ts';
import { isLaterStage, PRODUCT_SENT_STAGE } from '../../core/relationships/stages.ts';
import type { DB } from '../../storage/connect.ts';
import { loadStages } from '../../storage/relationships/pipeline-stages.ts';
import { moveStage } from '../relationships/move-stage.ts';

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
  const shipped = Number(updated.numUpdatedRows) > 0;
  if (shipped) await moveToProductSent(db, workspaceId, giftId, now);
  return { giftId, shipped };
}

/** Forward only: a relationship already past "product sent" (content live, declined…) stays where it is. */
async function moveToProductSent(db: DB, workspaceId: number, giftId: number, now: string) {
  const stages = await loadStages(db, workspaceId);
  if (!stages.includes(PRODUCT_SENT_STAGE)) return;
  const deal = await db
    .selectFrom('gifts as g')
    .innerJoin('enrollments as e', 'e.id', 'g.enrollment_id')
    .select(['e.creator_id', 'e.campaign_id'])
    .where('g.id', '=', giftId)
    .where('e.workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  await moveStage(db, { workspaceId, userId: null }, Number(deal.creator_id), PRODUCT_SENT_STAGE, now, {
    because: { gift_id: giftId, campaign_id: Number(deal.campaign_id) },
    onlyFrom: (r) => isLaterStage(stages, r.stage, PRODUCT_SENT_STAGE),
  });
}
