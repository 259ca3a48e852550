// A store's Admin API as far as seeding goes: read the catalog (products and their variants, with cost
// where the store keeps it) and make a gift order, found again by our reference so a retry after a
// timeout never makes a second one. Each platform folder implements it next to its discount-code client.
import type { CatalogVariant } from '../../core/catalog/catalog-variant.ts';
import type { StoreAdminOptions } from './store-admin.ts';

export type { CatalogVariant } from '../../core/catalog/catalog-variant.ts';

export interface GiftAddress {
  name: string;
  address1: string;
  address2?: string | undefined;
  city: string;
  zip: string;
  country: string;
  phone?: string | undefined;
}

export interface GiftOrderInput {
  /** Our reference of the gift (`mr-gift-<workspace>-<gift>`), written on the order so it can be found again. */
  reference: string;
  items: { productRef: string; variantRef: string; quantity: number }[];
  address: GiftAddress;
  note: string;
}

export interface StoreGiftOrder {
  /** The store's id of the order (Shopify Order gid, WooCommerce order id). */
  ref: string;
  /** What the merchant sees (#1001). */
  name: string | null;
}

export interface StoreSeedingClient {
  /** Every variant of every published product, all pages. */
  listCatalog(): Promise<CatalogVariant[]>;
  /** The order made earlier for this reference (completed if it was left half-made), or null. */
  findGiftOrder(reference: string): Promise<StoreGiftOrder | null>;
  /** Makes the zero-price gift order. Callers look it up first (findGiftOrder). */
  createGiftOrder(input: GiftOrderInput): Promise<StoreGiftOrder>;
}

export interface StoreSeeding {
  client(options: StoreAdminOptions): StoreSeedingClient;
}

/** The tag every gift order carries (PRODUCT.md: gift orders are tagged `microreach-gift`). */
export const GIFT_TAG = 'microreach-gift';

export const giftReference = (workspaceId: number, giftId: number) => `mr-gift-${workspaceId}-${giftId}`;

/** "Ana María López" → first "Ana María", last "López" (stores ask for both). */
export function splitName(name: string): { first: string; last: string } {
  const words = name.trim().split(/\s+/);
  if (words.length === 1) return { first: words[0]!, last: words[0]! };
  return { first: words.slice(0, -1).join(' '), last: words.at(-1)! };
}
