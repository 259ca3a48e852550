import type { Kysely } from 'kysely';
import { bigCount, withId } from '../dialect.ts';

// Durable jobs (issue 13 item 7, used by outreach, reminders and outgoing webhooks): one table on both
// dialects. A job is claimed by a lease (owner + expiry); the idempotency key makes enqueueing the
// same work twice a no-op; `at_most_once` jobs (an email send) whose lease expires become `unknown`
// instead of running again, because their side effect may already have happened.
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  await withId(db, db.schema.createTable('jobs'))
    .addColumn('workspace_id', big, (c) => c.references('workspaces.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('at_most_once', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('result', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The claim query reads due queued jobs in order; the lease sweep reads running ones by expiry.
  await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();
  await db.schema.createIndex('jobs_workspace_kind').on('jobs').columns(['workspace_id', 'kind']).execute();
}
