// One variant of a store's catalog as every store connector reads it (connectors/stores/store-seeding.ts) and
// storage keeps it (storage/catalog/save-catalog.ts).
export interface CatalogVariant {
  productRef: string;
  variantRef: string;
  productTitle: string;
  /** null for a product's only variant ("Default Title" on Shopify, a simple product on WooCommerce). */
  variantTitle: string | null;
  sku: string | null;
  currency: string;
  priceMinor: number;
  /** null = the store does not say (never 0 for unknown). */
  costMinor: number | null;
  imageUrl: string | null;
  /** null = the store does not track stock for it. */
  inventory: number | null;
}
