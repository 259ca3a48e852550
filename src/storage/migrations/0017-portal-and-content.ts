import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { bigCount, withId } from '../dialect.ts';

// Creator portal and content (issue 14, items 1, 4, 5, 6): signed magic links (a row per link, so one can be
// revoked), the deal's structured terms, the creator's answers to them with evidence, her shipping address,
// drafts for approval with comments and the usage rights granted on approval, and the campaign's content: posts
// (brand, portal, platform data or a story) matched to a deliverable, with metric snapshots over time.
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  const workspace = (c: ColumnDefinitionBuilder) => c.notNull().references('workspaces.id').onDelete('cascade');
  const enrollment = (c: ColumnDefinitionBuilder) => c.notNull().references('enrollments.id').onDelete('cascade');

  await withId(db, db.schema.createTable('portal_links'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('campaign_id', big, (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('enrollment_id', big, enrollment)
    .addColumn('creator_id', big, (c) => c.notNull().references('creators.id').onDelete('cascade'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('created_by', big, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema
    .createIndex('portal_links_enrollment')
    .on('portal_links')
    .columns(['workspace_id', 'enrollment_id'])
    .execute();

  await db.schema
    .createTable('deal_terms')
    .addColumn('enrollment_id', big, (c) => c.primaryKey().references('enrollments.id').onDelete('cascade'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('terms_responses'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('enrollment_id', big, enrollment)
    .addColumn('portal_link_id', big, (c) => c.references('portal_links.id').onDelete('set null'))
    .addColumn('user_id', big, (c) => c.references('users.id').onDelete('set null'))
    // accepted | declined | proposed (the creator); proposal_accepted | countered (the brand)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('typed_name', 'text')
    .addColumn('ip_address', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('terms_text', 'text')
    .addColumn('terms_sha256', 'text')
    .addColumn('message', 'text')
    .addColumn('proposed_fee_minor', big)
    .addColumn('answers_id', big)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('terms_responses_enrollment')
    .on('terms_responses')
    .columns(['workspace_id', 'enrollment_id'])
    .execute();

  await db.schema
    .createTable('shipping_addresses')
    .addColumn('enrollment_id', big, (c) => c.primaryKey().references('enrollments.id').onDelete('cascade'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('content_drafts'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('enrollment_id', big, enrollment)
    .addColumn('deliverable_index', 'integer')
    .addColumn('url', 'text')
    .addColumn('file_path', 'text')
    .addColumn('file_type', 'text')
    .addColumn('file_bytes', big)
    // submitted | approved | changes_requested
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rights_organic', 'integer')
    .addColumn('rights_paid_ads', 'integer')
    .addColumn('rights_days', 'integer')
    .addColumn('rights_expires_at', 'text')
    .addColumn('decided_by', big, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('content_drafts_enrollment')
    .on('content_drafts')
    .columns(['workspace_id', 'enrollment_id'])
    .execute();
  await db.schema
    .createIndex('content_drafts_rights')
    .on('content_drafts')
    .columns(['workspace_id', 'rights_expires_at'])
    .execute();

  await withId(db, db.schema.createTable('draft_comments'))
    .addColumn('draft_id', big, (c) => c.notNull().references('content_drafts.id').onDelete('cascade'))
    .addColumn('workspace_id', big, workspace)
    // creator | brand
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('user_id', big, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('content_posts'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('campaign_id', big, (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('enrollment_id', big, enrollment)
    .addColumn('deliverable_index', 'integer')
    // post | story
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('caption', 'text')
    .addColumn('posted_at', 'text')
    .addColumn('is_paid_partnership', 'integer')
    // brand | portal | platform | story_mention
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('post_id', big, (c) => c.references('posts.id').onDelete('set null'))
    .addColumn('insights_file', 'text')
    .addColumn('deleted_at', 'text')
    .addColumn('last_seen_at', 'text')
    .addColumn('task_id', big, (c) => c.references('relationship_tasks.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('content_posts_url', ['workspace_id', 'campaign_id', 'url'])
    .execute();

  await withId(db, db.schema.createTable('content_snapshots'))
    .addColumn('content_id', big, (c) => c.notNull().references('content_posts.id').onDelete('cascade'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('observed_at', 'text', (c) => c.notNull())
    .addColumn('likes', big)
    .addColumn('comments', big)
    .addColumn('views', big)
    .addColumn('impressions', big)
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('content_snapshots_content')
    .on('content_snapshots')
    .columns(['content_id', 'observed_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'content_snapshots',
    'content_posts',
    'draft_comments',
    'content_drafts',
    'shipping_addresses',
    'terms_responses',
    'deal_terms',
    'portal_links',
  ])
    await db.schema.dropTable(table).execute();
}
