// The gifts table: one row per gift a creator picked, with the store order made for it.
import type { DB } from '../connect.ts';
import type { GiftStatus, StorePlatform } from '../schema.ts';

export interface GiftItem {
  variant_id: number;
  product_ref: string;
  variant_ref: string;
  title: string;
  quantity: number;
  price_minor: number;
  cost_minor: number | null;
}

export interface NewGift {
  workspaceId: number;
  enrollmentId: number;
  platform: StorePlatform;
  items: GiftItem[];
  currency: string;
  valueMinor: number;
  costMinor: number | null;
  shippingMinor: number | null;
  address: object;
  now: string;
}

export async function insertGift(db: DB, g: NewGift): Promise<number> {
  const row = await db
    .insertInto('gifts')
    .values({
      workspace_id: g.workspaceId,
      enrollment_id: g.enrollmentId,
      platform: g.platform,
      status: 'requested',
      items: JSON.stringify(g.items),
      currency: g.currency,
      value_minor: g.valueMinor,
      cost_minor: g.costMinor,
      shipping_minor: g.shippingMinor,
      address: JSON.stringify(g.address),
      created_at: g.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function findGift(db: DB, workspaceId: number, giftId: number) {
  return db
    .selectFrom('gifts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', giftId)
    .executeTakeFirst();
}

export async function listGifts(db: DB, workspaceId: number, enrollmentIds: number[]) {
  if (enrollmentIds.length === 0) return [];
  return db
    .selectFrom('gifts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('enrollment_id', 'in', enrollmentIds)
    .orderBy('id')
    .execute();
}

export async function updateGift(
  db: DB,
  workspaceId: number,
  giftId: number,
  set: Partial<{
    status: GiftStatus;
    store_order_ref: string | null;
    store_order_name: string | null;
    error: string | null;
    ordered_at: string | null;
    shipped_at: string | null;
  }>,
) {
  await db.updateTable('gifts').set(set).where('workspace_id', '=', workspaceId).where('id', '=', giftId).execute();
}
