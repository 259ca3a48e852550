import type { Kysely } from 'kysely';
import { bigCount, real, withId } from '../dialect.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  const dbl = real(db);

  await withId(db, db.schema.createTable('workspaces'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('creators'))
    .addColumn('display_name', 'text')
    .addColumn('email', 'text')
    .addColumn('country', 'text')
    .addColumn('language', 'text')
    .addColumn('categories', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('demo', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('workspace_creators')
    .addColumn('workspace_id', big, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('creator_id', big, (c) => c.notNull().references('creators.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('workspace_creators_pk', ['workspace_id', 'creator_id'])
    .execute();
  await db.schema.createIndex('workspace_creators_creator').on('workspace_creators').column('creator_id').execute();

  await withId(db, db.schema.createTable('accounts'))
    .addColumn('creator_id', big, (c) => c.notNull().references('creators.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('handle', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('display_name', 'text')
    .addColumn('bio', 'text')
    .addColumn('website', 'text')
    .addColumn('profile_picture_url', 'text')
    .addColumn('is_private', 'integer')
    .addColumn('is_verified', 'integer')
    .addColumn('followers', big)
    .addColumn('following', big)
    .addColumn('posts_count', big)
    .addColumn('followers_hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('observed_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('accounts_platform_handle', ['platform', 'handle'])
    .execute();
  await db.schema.createIndex('accounts_creator').on('accounts').column('creator_id').execute();
  await db.schema
    .createIndex('accounts_platform_followers')
    .on('accounts')
    .columns(['platform', 'followers'])
    .execute();
  await db.schema.createIndex('accounts_external').on('accounts').columns(['platform', 'external_id']).execute();

  await withId(db, db.schema.createTable('account_snapshots'))
    .addColumn('account_id', big, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('observed_at', 'text', (c) => c.notNull())
    .addColumn('followers', big)
    .addColumn('following', big)
    .addColumn('posts_count', big)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('account_snapshots_account_time', ['account_id', 'observed_at'])
    .execute();

  await withId(db, db.schema.createTable('reported_metrics'))
    .addColumn('account_id', big, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('value', dbl)
    .addColumn('text', 'text')
    .addColumn('observed_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reported_metrics_account_metric_time', ['account_id', 'metric', 'observed_at'])
    .execute();

  await withId(db, db.schema.createTable('posts'))
    .addColumn('account_id', big, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('posted_at', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('caption', 'text')
    .addColumn('hashtags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('mentions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('tagged_brands', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('permalink', 'text')
    .addColumn('likes', big)
    .addColumn('comments', big)
    .addColumn('views', big)
    .addColumn('impressions', big)
    .addColumn('reach', big)
    .addColumn('saves', big)
    .addColumn('is_paid_partnership', 'integer')
    .addColumn('is_pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('posts_account_external', ['account_id', 'external_id'])
    .execute();
  await db.schema.createIndex('posts_account_time').on('posts').columns(['account_id', 'posted_at']).execute();

  await withId(db, db.schema.createTable('post_snapshots'))
    .addColumn('post_id', big, (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('observed_at', 'text', (c) => c.notNull())
    .addColumn('likes', big)
    .addColumn('comments', big)
    .addColumn('views', big)
    .addColumn('source', 'text', (c) => c.notNull())
    .addUniqueConstraint('post_snapshots_post_time', ['post_id', 'observed_at'])
    .execute();

  await withId(db, db.schema.createTable('comments'))
    .addColumn('post_id', big, (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('author_handle', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('commented_at', 'text', (c) => c.notNull())
    .addColumn('reply_to', 'text')
    .addColumn('by_creator', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('comments_post_external', ['post_id', 'external_id'])
    .execute();

  await withId(db, db.schema.createTable('audiences'))
    .addColumn('account_id', big, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('sample_size', big)
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('audiences_account_dimension_source', ['account_id', 'dimension', 'source'])
    .execute();

  await db.schema
    .createTable('audience_segments')
    .addColumn('audience_id', big, (c) => c.notNull().references('audiences.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('share', dbl, (c) => c.notNull())
    .addColumn('count', big)
    .addPrimaryKeyConstraint('audience_segments_pk', ['audience_id', 'key'])
    .execute();

  await withId(db, db.schema.createTable('imports'))
    .addColumn('workspace_id', big, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('imported', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('errors', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}
