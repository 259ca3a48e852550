import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { bigCount, withId } from '../dialect.ts';

// Outgoing webhooks (issue 15, item 5; Standard Webhooks): a workspace's endpoints with their event
// filter and sealed signing secrets (the previous one signs too until the rotation overlap ends), the
// events as sent (one body, one id, whatever the number of endpoints), and one delivery per event per
// endpoint (its attempts run as durable jobs `webhook.deliver`, idempotency key = the delivery id).
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  const workspace = (c: ColumnDefinitionBuilder) => c.notNull().references('workspaces.id').onDelete('cascade');

  await withId(db, db.schema.createTable('webhook_endpoints'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    // JSON array of event types; [] = every event.
    .addColumn('events', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('secret_ciphertext', 'text', (c) => c.notNull())
    .addColumn('previous_secret_ciphertext', 'text')
    .addColumn('previous_secret_until', 'text')
    .addColumn('disabled_at', 'text')
    .addColumn('disabled_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_endpoints_ws').on('webhook_endpoints').column('workspace_id').execute();

  await withId(db, db.schema.createTable('webhook_events'))
    .addColumn('workspace_id', big, workspace)
    // The Standard Webhooks message id (webhook-id): msg_…, unique.
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    // The exact JSON body sent (signed as is).
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('webhook_sends'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('endpoint_id', big, (c) => c.notNull().references('webhook_endpoints.id').onDelete('cascade'))
    .addColumn('event_id', big, (c) => c.notNull().references('webhook_events.id').onDelete('cascade'))
    // pending | delivered | failed (given up after the retry period)
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('last_attempt_at', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('latency_ms', 'integer')
    // A replay is a new send of the same event; it names the send it repeats.
    .addColumn('replay_of', big)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_sends_ws').on('webhook_sends').columns(['workspace_id', 'id']).execute();
}
