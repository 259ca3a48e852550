import type { Kysely } from 'kysely';
import { bigCount, withId } from '../dialect.ts';

// Stories (issue 14 item 4): a story the creator uploads from her portal keeps its file and her insights screenshot,
// and its snapshot the numbers she read off it (reach, replies, link clicks besides impressions). The Instagram
// story-mention webhook stores each delivery before it is processed, once per message id.
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  for (const column of ['reach', 'replies', 'link_clicks'])
    await db.schema.alterTable('content_snapshots').addColumn(column, big).execute();
  await db.schema.alterTable('content_posts').addColumn('media_file', 'text').execute();
  await db.schema.alterTable('content_posts').addColumn('media_type', 'text').execute();

  await withId(db, db.schema.createTable('story_mention_deliveries'))
    .addColumn('workspace_id', big, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    // Meta's message id (message.mid): a redelivery of the same message changes nothing.
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('sender_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    // received (stored, not yet processed) | recorded | unmatched
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('content_id', big, (c) => c.references('content_posts.id').onDelete('set null'))
    .addUniqueConstraint('story_mention_deliveries_message', ['workspace_id', 'message_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('story_mention_deliveries').execute();
  await db.schema.alterTable('content_posts').dropColumn('media_type').execute();
  await db.schema.alterTable('content_posts').dropColumn('media_file').execute();
  for (const column of ['link_clicks', 'replies', 'reach'])
    await db.schema.alterTable('content_snapshots').dropColumn(column).execute();
}
