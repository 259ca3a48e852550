import type { Kysely } from 'kysely';
import { bigCount, withId } from '../dialect.ts';

// Campaigns, enrollments, tracked links, discount codes, clicks, store connections, webhook
// deliveries, orders, refunds, attributions and the commission ledger. Money columns are integer
// minor units ("_minor") next to an ISO currency; every workspace-owned row carries workspace_id.
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  const ws = (c: any) => c.notNull().references('workspaces.id').onDelete('cascade');

  await withId(db, db.schema.createTable('currency_rates'))
    .addColumn('workspace_id', big, ws)
    .addColumn('from_currency', 'text', (c) => c.notNull())
    .addColumn('to_currency', 'text', (c) => c.notNull())
    // A decimal string ("1.1734"): kept as text so conversions are exact (see core/money/convert.ts).
    .addColumn('rate', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('currency_rates_pair', ['workspace_id', 'from_currency', 'to_currency'])
    .execute();

  await withId(db, db.schema.createTable('campaigns'))
    .addColumn('workspace_id', big, ws)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('brief', 'text')
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('window_days', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('model', 'text', (c) => c.notNull().defaultTo('last_click'))
    .addColumn('destination_url', 'text', (c) => c.notNull())
    .addColumn('utm_source', 'text', (c) => c.notNull())
    .addColumn('utm_medium', 'text', (c) => c.notNull())
    .addColumn('utm_campaign', 'text', (c) => c.notNull())
    .addColumn('cogs_bps', 'integer')
    .addColumn('payment_fee_bps', 'integer')
    .addColumn('payment_fee_fixed_minor', big)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('campaigns_workspace_name', ['workspace_id', 'name'])
    .execute();

  await withId(db, db.schema.createTable('enrollments'))
    .addColumn('workspace_id', big, ws)
    .addColumn('campaign_id', big, (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('creator_id', big, (c) => c.notNull().references('creators.id'))
    .addColumn('account_id', big, (c) => c.notNull().references('accounts.id'))
    .addColumn('fee_minor', big, (c) => c.notNull().defaultTo(0))
    .addColumn('gifted_minor', big, (c) => c.notNull().defaultTo(0))
    .addColumn('shipping_minor', big, (c) => c.notNull().defaultTo(0))
    .addColumn('other_cost_minor', big, (c) => c.notNull().defaultTo(0))
    .addColumn('commission_bps', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deliverables', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('impressions', big)
    .addColumn('engagements', big)
    // Hashes of the creator's own email / shipping address, for the self-referral flag.
    .addColumn('email_hash', 'text')
    .addColumn('address_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('enrollments_campaign_creator', ['campaign_id', 'creator_id'])
    .execute();

  await withId(db, db.schema.createTable('tracked_links'))
    .addColumn('workspace_id', big, ws)
    .addColumn('campaign_id', big, (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('enrollment_id', big, (c) => c.notNull().references('enrollments.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('destination_url', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('discount_codes'))
    .addColumn('workspace_id', big, ws)
    .addColumn('campaign_id', big, (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('enrollment_id', big, (c) => c.notNull().references('enrollments.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('code_normalized', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('discount_codes_workspace_code', ['workspace_id', 'code_normalized'])
    .execute();

  await withId(db, db.schema.createTable('clicks'))
    .addColumn('workspace_id', big, ws)
    .addColumn('link_id', big, (c) => c.notNull().references('tracked_links.id').onDelete('cascade'))
    .addColumn('click_id', 'text', (c) => c.notNull().unique())
    .addColumn('visitor_id', 'text', (c) => c.notNull())
    // UTC hour of the click ("2026-03-02T14"): one click per visitor per link per hour.
    .addColumn('hour_bucket', 'text', (c) => c.notNull())
    .addColumn('clicked_at', 'text', (c) => c.notNull())
    .addColumn('referrer', 'text')
    .addUniqueConstraint('clicks_visitor_hour', ['link_id', 'visitor_id', 'hour_bucket'])
    .execute();
  await db.schema.createIndex('clicks_visitor').on('clicks').columns(['workspace_id', 'visitor_id']).execute();

  await withId(db, db.schema.createTable('checkout_clicks'))
    .addColumn('workspace_id', big, ws)
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('click_id', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('checkout_clicks_token', ['workspace_id', 'token'])
    .execute();

  await withId(db, db.schema.createTable('store_connections'))
    .addColumn('workspace_id', big, ws)
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('shop', 'text')
    // AES-256-GCM ciphertext of the signing secret ("v1:iv:tag:data", base64).
    .addColumn('secret_ciphertext', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('store_connections_platform', ['workspace_id', 'platform'])
    .execute();

  await withId(db, db.schema.createTable('webhook_deliveries'))
    .addColumn('workspace_id', big, ws)
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('signature_ok', 'integer', (c) => c.notNull())
    .addColumn('headers', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_bytes', 'integer', (c) => c.notNull())
    .addColumn('body_truncated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('order_id', big)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('processed_at', 'text')
    .addColumn('duration_ms', 'integer')
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_external')
    .on('webhook_deliveries')
    .columns(['workspace_id', 'platform', 'external_id'])
    .execute();

  await withId(db, db.schema.createTable('orders'))
    .addColumn('workspace_id', big, ws)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('placed_at', 'text', (c) => c.notNull())
    .addColumn('subtotal_minor', big, (c) => c.notNull())
    .addColumn('discounts_minor', big, (c) => c.notNull().defaultTo(0))
    .addColumn('shipping_minor', big, (c) => c.notNull().defaultTo(0))
    .addColumn('tax_minor', big, (c) => c.notNull().defaultTo(0))
    .addColumn('total_minor', big, (c) => c.notNull())
    .addColumn('cogs_minor', big)
    .addColumn('payment_fees_minor', big)
    .addColumn('financial_status', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('customer_key', 'text')
    .addColumn('email_hash', 'text')
    .addColumn('address_hash', 'text')
    .addColumn('codes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('landing_url', 'text')
    .addColumn('referrer', 'text')
    .addColumn('cart_token', 'text')
    .addColumn('checkout_token', 'text')
    .addColumn('checkout_click_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('orders_external', ['workspace_id', 'source', 'external_id'])
    .execute();
  await db.schema
    .createIndex('orders_customer')
    .on('orders')
    .columns(['workspace_id', 'customer_key', 'placed_at'])
    .execute();

  await withId(db, db.schema.createTable('order_refunds'))
    .addColumn('workspace_id', big, ws)
    .addColumn('order_id', big, (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('amount_minor', big, (c) => c.notNull())
    .addColumn('refunded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('order_refunds_external', ['order_id', 'external_id'])
    .execute();

  await db.schema
    .createTable('attributions')
    .addColumn('order_id', big, (c) => c.primaryKey().references('orders.id').onDelete('cascade'))
    .addColumn('workspace_id', big, ws)
    .addColumn('campaign_id', big, (c) => c.references('campaigns.id').onDelete('set null'))
    .addColumn('enrollment_id', big, (c) => c.references('enrollments.id').onDelete('set null'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('flags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('is_repeat', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_new_customer', 'integer')
    .addColumn('attributed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attributions_campaign')
    .on('attributions')
    .columns(['campaign_id', 'enrollment_id'])
    .execute();

  await withId(db, db.schema.createTable('commission_entries'))
    .addColumn('workspace_id', big, ws)
    .addColumn('enrollment_id', big, (c) => c.notNull().references('enrollments.id').onDelete('cascade'))
    .addColumn('order_id', big, (c) => c.references('orders.id').onDelete('cascade'))
    // earned (+), clawback (−), payout (−: money paid to the creator).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount_minor', big, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('commission_entries_enrollment')
    .on('commission_entries')
    .columns(['enrollment_id', 'order_id'])
    .execute();
  await db.schema.createIndex('commission_entries_order').on('commission_entries').column('order_id').execute();
}
