import type { Kysely } from 'kysely';
import { bigCount } from '../dialect.ts';

// Codes created in the store (issue 15, item 1): a store connection keeps its Admin API address and
// credentials (sealed, like the webhook secret), and each discount code its terms, its sync status
// with the store, the store's own id for it, the store's last error in words, and what replaced it
// when it leaked.
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  await db.schema.alterTable('store_connections').addColumn('admin_url', 'text').execute();
  await db.schema.alterTable('store_connections').addColumn('admin_ciphertext', 'text').execute();

  const codes = () => db.schema.alterTable('discount_codes');
  // Terms: a percentage in basis points (20 % = 2000) or a fixed amount in minor units of the campaign
  // currency; null for both = the terms are unknown and the code is not sent to the store.
  await codes().addColumn('percent_off_bps', 'integer').execute();
  await codes().addColumn('amount_off_minor', big).execute();
  await codes().addColumn('usage_limit', 'integer').execute();
  await codes()
    .addColumn('once_per_customer', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // not_synced (no store connected / no terms) | pending | synced | failed | deactivated
  await codes()
    .addColumn('sync_status', 'text', (c) => c.notNull().defaultTo('not_synced'))
    .execute();
  await codes().addColumn('sync_error', 'text').execute();
  await codes().addColumn('store_ref', 'text').execute();
  await codes().addColumn('synced_at', 'text').execute();
  await codes().addColumn('deactivated_at', 'text').execute();
  await codes().addColumn('replaced_by_code_id', big).execute();
  await db.schema.createIndex('discount_codes_sync').on('discount_codes').columns(['sync_status']).execute();
}
