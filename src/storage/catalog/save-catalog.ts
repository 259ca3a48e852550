// Writes one sync of a store's catalog into the workspace layer: each variant upserted on (workspace,
// platform, store id), and the variants the sync no longer saw marked unavailable (kept: gifts point at them).
// A second identical sync changes nothing but synced_at.
import type { CatalogVariant } from '../../core/catalog/catalog-variant.ts';
import type { DB } from '../connect.ts';
import type { StorePlatform } from '../schema.ts';

export async function saveCatalog(
  db: DB,
  workspaceId: number,
  platform: StorePlatform,
  variants: CatalogVariant[],
  now: string,
): Promise<{ saved: number; gone: number }> {
  for (const v of variants) {
    const values = {
      product_ref: v.productRef,
      product_title: v.productTitle,
      variant_title: v.variantTitle,
      sku: v.sku,
      currency: v.currency,
      price_minor: v.priceMinor,
      cost_minor: v.costMinor,
      image_url: v.imageUrl,
      inventory: v.inventory,
      available: 1 as const,
      synced_at: now,
    };
    await db
      .insertInto('catalog_variants')
      .values({ workspace_id: workspaceId, platform, variant_ref: v.variantRef, ...values })
      .onConflict((oc) => oc.columns(['workspace_id', 'platform', 'variant_ref']).doUpdateSet(values))
      .execute();
  }
  const gone = await db
    .updateTable('catalog_variants')
    .set({ available: 0 })
    .where('workspace_id', '=', workspaceId)
    .where('platform', '=', platform)
    .where('synced_at', '<>', now)
    .where('available', '=', 1)
    .executeTakeFirst();
  return { saved: variants.length, gone: Number(gone.numUpdatedRows) };
}
