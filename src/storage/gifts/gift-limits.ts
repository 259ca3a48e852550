import type { DB } from '../connect.ts';

export interface GiftLimits {
  maxItems: number;
  /** In the store's currency; null = no value limit. */
  maxValueMinor: number | null;
  maxGifts: number;
  /** What the brand pays to ship one gift; null = unknown. */
  shippingMinor: number | null;
}

export async function loadGiftLimits(db: DB, workspaceId: number, enrollmentId: number): Promise<GiftLimits | null> {
  const row = await db
    .selectFrom('gift_limits')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('enrollment_id', '=', enrollmentId)
    .executeTakeFirst();
  return row
    ? {
        maxItems: row.max_items,
        maxValueMinor: row.max_value_minor === null ? null : Number(row.max_value_minor),
        maxGifts: row.max_gifts,
        shippingMinor: row.shipping_minor === null ? null : Number(row.shipping_minor),
      }
    : null;
}

export async function saveGiftLimits(db: DB, workspaceId: number, enrollmentId: number, l: GiftLimits, now: string) {
  const values = {
    max_items: l.maxItems,
    max_value_minor: l.maxValueMinor,
    max_gifts: l.maxGifts,
    shipping_minor: l.shippingMinor,
    updated_at: now,
  };
  await db
    .insertInto('gift_limits')
    .values({ enrollment_id: enrollmentId, workspace_id: workspaceId, ...values })
    .onConflict((oc) => oc.column('enrollment_id').doUpdateSet(values))
    .execute();
}
