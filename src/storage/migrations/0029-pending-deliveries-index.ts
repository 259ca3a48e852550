import type { Kysely } from 'kysely';

// The index of deliveries by order external id covers only the rows that have one (events that arrived
// before their order). Over every delivery it had the same (workspace, platform) prefix as the index by
// delivery external id, and Postgres, before its first ANALYZE of the table, costed both alike and
// answered the duplicate check of each new delivery through this one, reading every delivery of the
// workspace (quadratic: 0.6 ms per delivery after 3,000). Partial, it cannot serve that check; the
// lookups by order external id ("= ?" implies "is not null") still use it, on SQLite too.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('webhook_deliveries_order').execute();
  await db.schema
    .createIndex('webhook_deliveries_order')
    .on('webhook_deliveries')
    .columns(['workspace_id', 'platform', 'order_external_id'])
    .where('order_external_id', 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('webhook_deliveries_order').execute();
  await db.schema
    .createIndex('webhook_deliveries_order')
    .on('webhook_deliveries')
    .columns(['workspace_id', 'platform', 'order_external_id'])
    .execute();
}
