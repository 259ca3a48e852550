import type { Kysely } from 'kysely';
import { bigCount } from '../dialect.ts';

// Store events that arrive before their order (a refund, a deletion, an edit) wait as "pending"
// deliveries keyed by the order's external id and are applied when the order arrives. Raw order bodies
// are reduced after the retention period (body_reduced_at). Deliveries that fail their signature are
// counted per workspace and platform; only a bounded sample of them is stored.
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  await db.schema.alterTable('webhook_deliveries').addColumn('order_external_id', 'text').execute();
  await db.schema.alterTable('webhook_deliveries').addColumn('body_reduced_at', 'text').execute();
  await db.schema
    .createIndex('webhook_deliveries_order')
    .on('webhook_deliveries')
    .columns(['workspace_id', 'platform', 'order_external_id'])
    .execute();
  await db.schema.createIndex('webhook_deliveries_received').on('webhook_deliveries').column('received_at').execute();
  await db.schema
    .createTable('webhook_rejections')
    .addColumn('workspace_id', big, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('count', big, (c) => c.notNull())
    .addColumn('first_at', 'text', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_rejections_pk', ['workspace_id', 'platform'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('webhook_rejections').execute();
  await db.schema.dropIndex('webhook_deliveries_received').execute();
  await db.schema.dropIndex('webhook_deliveries_order').execute();
  await db.schema.alterTable('webhook_deliveries').dropColumn('body_reduced_at').execute();
  await db.schema.alterTable('webhook_deliveries').dropColumn('order_external_id').execute();
}
