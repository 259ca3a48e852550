import { sql, type Kysely } from 'kysely';
import { bigCount, dialectOf, real } from '../dialect.ts';

// What discovery ranks on: each account's niche document (its strongest terms), its niche
// categories, the engagement percentile and base price derived after tier benchmarks, and a data
// revision so a running server sees imports made by another process.
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  const dbl = real(db);
  await db.schema
    .createTable('terms')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('term', 'text', (c) => c.notNull().unique())
    .execute();
  const postings = db.schema
    .createTable('account_terms')
    .addColumn('term_id', 'integer', (c) => c.notNull())
    .addColumn('account_id', big, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_terms_pk', ['term_id', 'account_id']);
  // A clustered posting list on SQLite: rows of one term are stored together.
  await (dialectOf(db) === 'sqlite' ? postings.modifyEnd(sql`without rowid`) : postings).execute();
  await db.schema.createIndex('account_terms_account').on('account_terms').column('account_id').execute();

  await db.schema
    .createTable('account_niches')
    .addColumn('account_id', big, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('confidence', dbl, (c) => c.notNull())
    .addPrimaryKeyConstraint('account_niches_pk', ['account_id', 'category'])
    .execute();
  await db.schema
    .createIndex('account_niches_category')
    .on('account_niches')
    .columns(['category', 'account_id'])
    .execute();

  await db.schema
    .alterTable('account_metrics')
    .addColumn('doc_length', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('account_metrics').addColumn('er_percentile', dbl).execute();
  await db.schema.alterTable('account_metrics').addColumn('expected_views_post', dbl).execute();
  await db.schema.alterTable('account_metrics').addColumn('price_post_mid_usd', dbl).execute();
  await db.schema
    .alterTable('account_metrics')
    .addColumn('revision', big, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('account_metrics_revision').on('account_metrics').column('revision').execute();

  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', big, (c) => c.notNull())
    .execute();
  await db.insertInto('meta').values({ key: 'data_revision', value: 0 }).execute();
}
