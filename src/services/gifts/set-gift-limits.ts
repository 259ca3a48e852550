// The brand opens gift picking for one creator's deal (or changes its limits). Picks already made stay as made.
import type { GiftLimitsInput } from '../../core/gifts/gift-limits-input.ts';
import { findEnrollmentByRef } from '../../storage/campaigns/find-enrollment-by-ref.ts';
import type { DB } from '../../storage/connect.ts';
import { saveGiftLimits } from '../../storage/gifts/gift-limits.ts';

export async function setGiftLimits(
  db: DB,
  workspaceId: number,
  campaignId: number,
  creatorRef: string,
  input: GiftLimitsInput,
  now: Date,
): Promise<number> {
  const e = await findEnrollmentByRef(db, workspaceId, campaignId, creatorRef);
  await saveGiftLimits(
    db,
    workspaceId,
    e.id,
    {
      maxItems: input.max_items,
      maxValueMinor: input.max_value_minor,
      maxGifts: input.max_gifts,
      shippingMinor: input.shipping_minor,
    },
    now.toISOString(),
  );
  return e.id;
}
