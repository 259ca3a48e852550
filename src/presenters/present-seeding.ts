// The JSON of catalog variants and gifts, shared by the API and the CLI's --json.
import type { GiftItem } from '../storage/gifts/gifts.ts';
import type { CatalogVariantsTable, GiftsTable } from '../storage/schema.ts';
import type { Selectable } from 'kysely';

const num = (v: number | null) => (v === null ? null : Number(v));

export function presentVariant(r: Selectable<CatalogVariantsTable>) {
  return {
    id: Number(r.id),
    platform: r.platform,
    product_ref: r.product_ref,
    variant_ref: r.variant_ref,
    title: r.variant_title ? `${r.product_title} – ${r.variant_title}` : r.product_title,
    sku: r.sku,
    currency: r.currency,
    price_minor: Number(r.price_minor),
    cost_minor: num(r.cost_minor),
    image_url: r.image_url,
    inventory: r.inventory,
    available: r.available === 1,
    synced_at: r.synced_at,
  };
}

export function presentGift(g: Selectable<GiftsTable> & { creator_platform: string; creator_handle: string }) {
  return {
    id: Number(g.id),
    enrollment_id: Number(g.enrollment_id),
    creator: `${g.creator_platform}:${g.creator_handle}`,
    status: g.status,
    items: (JSON.parse(g.items) as GiftItem[]).map((i) => ({
      variant_id: i.variant_id,
      title: i.title,
      quantity: i.quantity,
      price_minor: i.price_minor,
      cost_minor: i.cost_minor,
    })),
    currency: g.currency,
    value_minor: Number(g.value_minor),
    cost_minor: num(g.cost_minor),
    shipping_minor: num(g.shipping_minor),
    store_order_ref: g.store_order_ref,
    store_order_name: g.store_order_name,
    error: g.error,
    created_at: g.created_at,
    ordered_at: g.ordered_at,
    shipped_at: g.shipped_at,
  };
}

/** One deal of a campaign with its gift limits (null = gift picking not open). */
export function presentDealGiftLimits(r: {
  enrollment_id: number;
  platform: string;
  handle: string;
  max_items: number | null;
  max_value_minor: number | null;
  max_gifts: number | null;
  shipping_minor: number | null;
  updated_at: string | null;
}) {
  return {
    enrollment_id: Number(r.enrollment_id),
    creator: `${r.platform}:${r.handle}`,
    limits:
      r.updated_at === null || r.max_items === null || r.max_gifts === null
        ? null
        : {
            max_items: r.max_items,
            max_value_minor: num(r.max_value_minor),
            max_gifts: r.max_gifts,
            shipping_minor: num(r.shipping_minor),
            updated_at: r.updated_at,
          },
  };
}
