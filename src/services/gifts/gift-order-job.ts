// The `gift.order` job: makes the gift's zero-price order in the connected store. It first asks the store for
// an order carrying the gift's reference (a create that timed out may have gone through), and creates one only
// when there is none, so a retry never ships twice. A store that is down or slow is retried with backoff; a
// refusal (userErrors, 4xx) marks the gift failed with the store's words, which frees her gift allowance.
import { StoreAdminError } from '../../connectors/stores/store-admin.ts';
import { giftReference } from '../../connectors/stores/store-seeding.ts';
import { findGift, type GiftItem, updateGift } from '../../storage/gifts/gifts.ts';
import type { StoreClientOptions } from '../codes/store-admin-client.ts';
import { seedingClientOf } from '../catalog/seeding-client-of.ts';
import { type JobHandler, PermanentJobError } from '../jobs/job-handler.ts';
import { GIFT_ORDER_JOB } from './request-gift.ts';

export interface GiftJobOptions extends StoreClientOptions {
  key: () => Buffer;
}

export function giftOrderJob(o: GiftJobOptions): JobHandler {
  return {
    kind: GIFT_ORDER_JOB,
    async run(job, { db, now }) {
      const giftId = Number((job.payload as { gift_id?: unknown }).gift_id);
      if (!Number.isInteger(giftId) || job.workspaceId === null)
        throw new PermanentJobError(`gift.order job ${job.id}: payload.gift_id and the workspace are required`);
      const gift = await findGift(db, job.workspaceId, giftId);
      if (!gift) throw new PermanentJobError(`gift ${giftId} is not in workspace ${job.workspaceId}`);
      if (gift.status !== 'requested') return { gift_id: giftId, status: gift.status };
      const reference = giftReference(job.workspaceId, giftId);
      const { client } = await seedingClientOf(db, o.key(), job.workspaceId, {
        fetch: o.fetch,
        timeoutMs: o.timeoutMs,
      });
      try {
        const order =
          (await client.findGiftOrder(reference)) ??
          (await client.createGiftOrder({
            reference,
            items: (JSON.parse(gift.items) as GiftItem[]).map((i) => ({
              productRef: i.product_ref,
              variantRef: i.variant_ref,
              quantity: i.quantity,
            })),
            address: JSON.parse(gift.address),
            note: `Gift for a creator (microreach ${reference}). No charge.`,
          }));
        await updateGift(db, job.workspaceId, giftId, {
          status: 'ordered',
          store_order_ref: order.ref,
          store_order_name: order.name,
          error: null,
          ordered_at: now.toISOString(),
        });
        return { gift_id: giftId, store_order: order.ref };
      } catch (error) {
        if (error instanceof StoreAdminError && error.permanent) {
          await updateGift(db, job.workspaceId, giftId, { status: 'failed', error: error.message });
          throw new PermanentJobError(error.message);
        }
        if (error instanceof StoreAdminError) await updateGift(db, job.workspaceId, giftId, { error: error.message });
        throw error;
      }
    },
  };
}
