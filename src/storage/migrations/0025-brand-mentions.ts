import type { Kysely } from 'kysely';
import { bigCount, withId } from '../dialect.ts';

// Brand mentions (issue 14): how the platform itself reported a post naming the brand (core/content/brand-mention.ts:
// tagged / mentioned / story_mention; null = it did not), on the stored post and on campaign content. Story mentions
// name their sender by an Instagram-scoped id (IGSID): the brand's Instagram token resolves it to a username in a
// job, outside the webhook request, and each answer is cached per workspace (an unknown id keeps Meta's reason).
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  await db.schema.alterTable('posts').addColumn('brand_mention', 'text').execute();
  // Posts are shared by every workspace: the mention is of the brand whose edge was imported, and only its
  // campaigns may collect the post for it.
  await db.schema
    .alterTable('posts')
    .addColumn('brand_mention_workspace_id', big, (c) => c.references('workspaces.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('content_posts').addColumn('brand_mention', 'text').execute();
  // What the job needs to file the story once the sender is known (older rows: read from the stored body).
  await db.schema.alterTable('story_mention_deliveries').addColumn('cdn_url', 'text').execute();
  await db.schema.alterTable('story_mention_deliveries').addColumn('sent_at', 'text').execute();

  // The brand's Instagram professional account token (Instagram Messaging), sealed with the installation key
  // (label "brand-instagram:<workspace id>").
  await withId(db, db.schema.createTable('brand_instagram_tokens'))
    .addColumn('workspace_id', big, (c) => c.notNull().unique().references('workspaces.id').onDelete('cascade'))
    .addColumn('access_ciphertext', 'text', (c) => c.notNull())
    .addColumn('connected_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('instagram_senders'))
    .addColumn('workspace_id', big, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('igsid', 'text', (c) => c.notNull())
    // null with an error: Meta did not name her (the error says why); never a guessed name.
    .addColumn('username', 'text')
    .addColumn('error', 'text')
    .addColumn('resolved_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('instagram_senders_igsid', ['workspace_id', 'igsid'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('instagram_senders').execute();
  await db.schema.dropTable('brand_instagram_tokens').execute();
  await db.schema.alterTable('story_mention_deliveries').dropColumn('sent_at').execute();
  await db.schema.alterTable('story_mention_deliveries').dropColumn('cdn_url').execute();
  await db.schema.alterTable('content_posts').dropColumn('brand_mention').execute();
  await db.schema.alterTable('posts').dropColumn('brand_mention_workspace_id').execute();
  await db.schema.alterTable('posts').dropColumn('brand_mention').execute();
}
