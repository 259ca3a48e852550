import type { Kysely } from 'kysely';
import { bigCount, real } from '../dialect.ts';

// Derived vetting numbers per account (recomputed after every import, read by discovery and for tier
// percentiles), tier benchmarks (quantiles per platform × tier × metric), and known profiles of
// followers / commenters for the account-level classifier.
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  const dbl = real(db);
  await db.schema
    .createTable('account_metrics')
    .addColumn('account_id', big, (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('tier', 'text')
    .addColumn('followers', big)
    .addColumn('er_followers', dbl)
    .addColumn('er_followers_posts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('er_median_likes', dbl)
    .addColumn('er_views', dbl)
    .addColumn('median_views', dbl)
    .addColumn('reply_rate', dbl)
    .addColumn('reply_threads', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('median_reply_delay_hours', dbl)
    .addColumn('sponsored_share_90d', dbl)
    .addColumn('paid_post_performance', dbl)
    .addColumn('sponsored_brands', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('growth_30d', dbl)
    .addColumn('growth_90d', dbl)
    .addColumn('unexplained_spikes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('authenticity_score', 'integer')
    .addColumn('authenticity_level', 'text')
    .addColumn('posts_90d', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_posted_at', 'text')
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('account_metrics_platform_tier')
    .on('account_metrics')
    .columns(['platform', 'tier'])
    .execute();

  await db.schema
    .createTable('tier_benchmarks')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('median', dbl)
    .addColumn('quantiles', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tier_benchmarks_pk', ['platform', 'tier', 'metric'])
    .execute();

  await db.schema
    .createTable('known_profiles')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('handle', 'text', (c) => c.notNull())
    .addColumn('followers', big)
    .addColumn('following', big)
    .addColumn('posts_count', big)
    .addColumn('has_profile_picture', 'integer')
    .addColumn('is_private', 'integer')
    .addColumn('bio_length', 'integer')
    .addColumn('full_name', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('known_profiles_pk', ['platform', 'handle'])
    .execute();
}
