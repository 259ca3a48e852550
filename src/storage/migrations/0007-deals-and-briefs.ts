import type { Kysely } from 'kysely';
import { bigCount, withId } from '../dialect.ts';

// Deal status of an enrollment (proposed → agreed → delivered → paid, or declined): only agreed deals
// are spend and recalibrate prices. Existing enrollments start as proposed: nobody confirmed them.
// Saved briefs: a workspace's named discovery briefs (the brief JSON as the API takes it).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('enrollments')
    .addColumn('deal_status', 'text', (c) => c.notNull().defaultTo('proposed'))
    .execute();
  await db.schema.alterTable('enrollments').addColumn('deal_status_at', 'text').execute();

  await withId(db, db.schema.createTable('saved_briefs'))
    .addColumn('workspace_id', bigCount(db), (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('brief', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('saved_briefs_workspace_name', ['workspace_id', 'name'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('saved_briefs').execute();
  await db.schema.alterTable('enrollments').dropColumn('deal_status_at').execute();
  await db.schema.alterTable('enrollments').dropColumn('deal_status').execute();
}
