// The creator picks her gift in the portal: the pick is checked against the brand's limits, the stock the
// last catalog sync saw, her shipping address and her gifts so far (core/gifts/check-gift-pick.ts); the gift
// and its `gift.order` job (key `gift.order:<gift id>`) commit together, so the store order follows durably
// and never twice. Refusals name the field and the reason.
import { AppError } from '../../core/app-error.ts';
import { checkGiftPick, type PickVariant } from '../../core/gifts/check-gift-pick.ts';
import { listCatalog } from '../../storage/catalog/list-catalog.ts';
import type { DB } from '../../storage/connect.ts';
import { loadGiftLimits } from '../../storage/gifts/gift-limits.ts';
import { type GiftItem, insertGift } from '../../storage/gifts/gifts.ts';
import { enqueueJob } from '../../storage/jobs/enqueue-job.ts';
import { loadShippingAddress } from '../../storage/portal/shipping-addresses.ts';
import type { StorePlatform } from '../../storage/schema.ts';

export const GIFT_ORDER_JOB = 'gift.order';

export const variantLabel = (v: { product_title: string; variant_title: string | null }) =>
  v.variant_title ? `${v.product_title} – ${v.variant_title}` : v.product_title;

export async function requestGift(
  db: DB,
  s: { workspaceId: number; enrollmentId: number },
  picked: Map<number, number>,
  now: Date,
  /** How amounts read in a refusal (the portal's own formatter); the core's "GBP 40.00" otherwise. */
  money?: (minor: number, currency: string) => string,
): Promise<{ giftId: number }> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const [limits, address, earlier, rows] = await Promise.all([
      loadGiftLimits(trx, s.workspaceId, s.enrollmentId),
      loadShippingAddress(trx, s.workspaceId, s.enrollmentId),
      trx
        .selectFrom('gifts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', s.workspaceId)
        .where('enrollment_id', '=', s.enrollmentId)
        .where('status', '<>', 'failed')
        .executeTakeFirstOrThrow(),
      listCatalog(trx, s.workspaceId, { ids: [...picked.keys()] }),
    ]);
    const variants = new Map<number, PickVariant>(
      rows.map((r) => [
        Number(r.id),
        {
          id: Number(r.id),
          title: variantLabel(r),
          currency: r.currency,
          priceMinor: Number(r.price_minor),
          costMinor: r.cost_minor === null ? null : Number(r.cost_minor),
          inventory: r.inventory,
          available: r.available === 1,
        },
      ]),
    );
    const check = checkGiftPick(
      {
        limits,
        hasAddress: address !== null,
        giftsSoFar: Number(earlier.n),
        picked,
        variants,
      },
      money,
    );
    if (!check.ok) throw new AppError('validation_failed', 'This gift cannot be sent', check.problems);
    const items: GiftItem[] = rows.map((r) => ({
      variant_id: Number(r.id),
      product_ref: r.product_ref,
      variant_ref: r.variant_ref,
      title: variantLabel(r),
      quantity: picked.get(Number(r.id))!,
      price_minor: Number(r.price_minor),
      cost_minor: r.cost_minor === null ? null : Number(r.cost_minor),
    }));
    const giftId = await insertGift(trx, {
      workspaceId: s.workspaceId,
      enrollmentId: s.enrollmentId,
      platform: rows[0]!.platform as StorePlatform,
      items,
      currency: check.currency,
      valueMinor: check.valueMinor,
      costMinor: check.costMinor,
      shippingMinor: limits!.shippingMinor,
      address: address!.address,
      now: at,
    });
    await enqueueJob(
      trx,
      {
        kind: GIFT_ORDER_JOB,
        idempotencyKey: `${GIFT_ORDER_JOB}:${giftId}`,
        workspaceId: s.workspaceId,
        payload: { gift_id: giftId },
        runAt: at,
      },
      at,
    );
    return { giftId };
  });
}
