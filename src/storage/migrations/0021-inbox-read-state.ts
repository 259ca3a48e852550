import type { Kysely } from 'kysely';

// The inbox (issue 13 item 6): when a received email was first opened in the app. Null = unread. Kept on
// the message, for the workspace (a shared inbox), not per person.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outreach_messages').addColumn('read_at', 'text').execute();
}
