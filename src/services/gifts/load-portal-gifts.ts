// What the portal's gift section shows her: the limits the brand set (null = no gift to pick), the products
// on offer (the last catalog sync, available only), and her gifts with their status.
import { listCatalog } from '../../storage/catalog/list-catalog.ts';
import type { DB } from '../../storage/connect.ts';
import { type GiftItem, listGifts } from '../../storage/gifts/gifts.ts';
import { loadGiftLimits } from '../../storage/gifts/gift-limits.ts';
import { variantLabel } from './request-gift.ts';

export async function loadPortalGifts(db: DB, s: { workspaceId: number; enrollmentId: number }) {
  const limits = await loadGiftLimits(db, s.workspaceId, s.enrollmentId);
  if (!limits) return { limits: null, offer: [], gifts: [], giftsLeft: 0 };
  const [rows, gifts] = await Promise.all([
    listCatalog(db, s.workspaceId, { onlyAvailable: true, limit: 200 }),
    listGifts(db, s.workspaceId, [s.enrollmentId]),
  ]);
  return {
    limits,
    offer: rows.map((r) => ({
      id: Number(r.id),
      title: variantLabel(r),
      currency: r.currency,
      priceMinor: Number(r.price_minor),
      imageUrl: r.image_url,
      inStock: r.inventory === null || r.inventory > 0,
    })),
    gifts: gifts.map((g) => ({
      id: Number(g.id),
      status: g.status,
      items: (JSON.parse(g.items) as GiftItem[]).map((i) => `${i.quantity} × ${i.title}`),
      orderName: g.store_order_name,
      createdAt: g.created_at,
    })),
    giftsLeft: limits.maxGifts - gifts.filter((g) => g.status !== 'failed').length,
  };
}

export type PortalGifts = Awaited<ReturnType<typeof loadPortalGifts>>;
