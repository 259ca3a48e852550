import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { bigCount, withId } from '../dialect.ts';

// Catalog and seeding (issue 14, item 3): the brand's products as its store lists them (one row per
// variant, workspace layer), the gift limits a brand sets per deal, and the creator's gifts: what she
// picked, its value and cost when the store knows it, and the store order made for it (zero price, tagged).
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  const workspace = (c: ColumnDefinitionBuilder) => c.notNull().references('workspaces.id').onDelete('cascade');
  const enrollment = (c: ColumnDefinitionBuilder) => c.notNull().references('enrollments.id').onDelete('cascade');

  await withId(db, db.schema.createTable('catalog_variants'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('product_ref', 'text', (c) => c.notNull())
    .addColumn('variant_ref', 'text', (c) => c.notNull())
    .addColumn('product_title', 'text', (c) => c.notNull())
    .addColumn('variant_title', 'text')
    .addColumn('sku', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('price_minor', big, (c) => c.notNull())
    // null = the store does not say (WooCommerce has no core cost field): shown as unknown, never 0
    .addColumn('cost_minor', big)
    .addColumn('image_url', 'text')
    // null = the store does not track stock for this variant
    .addColumn('inventory', 'integer')
    // 1 while the last sync saw it; a variant gone from the store stays (gifts point at it) but is not offered
    .addColumn('available', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('synced_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('catalog_variants_ref', ['workspace_id', 'platform', 'variant_ref'])
    .execute();

  await db.schema
    .createTable('gift_limits')
    .addColumn('enrollment_id', big, (c) => c.primaryKey().references('enrollments.id').onDelete('cascade'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('max_items', 'integer', (c) => c.notNull())
    // in the store's currency; null = no value limit
    .addColumn('max_value_minor', big)
    .addColumn('max_gifts', 'integer', (c) => c.notNull().defaultTo(1))
    // what the brand pays to ship one gift (the store does not say); null = unknown
    .addColumn('shipping_minor', big)
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('gifts'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('enrollment_id', big, enrollment)
    .addColumn('platform', 'text', (c) => c.notNull())
    // requested → ordered → shipped; failed (the store refused; the reason is in error)
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON: [{ variant_id, variant_ref, product_ref, title, quantity, price_minor, cost_minor }]
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('value_minor', big, (c) => c.notNull())
    // null when the cost of any item is unknown
    .addColumn('cost_minor', big)
    .addColumn('shipping_minor', big)
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('store_order_ref', 'text')
    .addColumn('store_order_name', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ordered_at', 'text')
    .addColumn('shipped_at', 'text')
    .execute();
  await db.schema.createIndex('gifts_enrollment').on('gifts').columns(['workspace_id', 'enrollment_id']).execute();
}
