import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { bigCount, withId } from '../dialect.ts';

// Relationships (issue 13, first slice): creator lists of a workspace, one relationship per creator per
// workspace (stage, owner, tags), its notes, tasks and stored timeline events, and the workspace's own
// pipeline stages (no row = the spec's defaults). Deals, mailboxes, sequences and jobs come later and
// reference relationships by (workspace_id, creator_id); the events table's `kind` leaves room for them.
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  const workspace = (c: ColumnDefinitionBuilder) => c.notNull().references('workspaces.id').onDelete('cascade');
  const creator = (c: ColumnDefinitionBuilder) => c.notNull().references('creators.id').onDelete('cascade');

  await withId(db, db.schema.createTable('creator_lists'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', big, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('creator_lists_name', ['workspace_id', 'name'])
    .execute();

  await db.schema
    .createTable('creator_list_members')
    .addColumn('list_id', big, (c) => c.notNull().references('creator_lists.id').onDelete('cascade'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('account_id', big, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('creator_id', big, creator)
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('creator_list_members_pk', ['list_id', 'account_id'])
    .execute();

  await db.schema
    .createTable('pipeline_stages')
    .addColumn('workspace_id', big, (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('stages', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('relationships'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('creator_id', big, creator)
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', big, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('stage_changed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('relationships_creator', ['workspace_id', 'creator_id'])
    .execute();

  await withId(db, db.schema.createTable('relationship_notes'))
    .addColumn('relationship_id', big, (c) => c.notNull().references('relationships.id').onDelete('cascade'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('author_user_id', big, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('mentions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('relationship_tasks'))
    .addColumn('relationship_id', big, (c) => c.notNull().references('relationships.id').onDelete('cascade'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('assignee_user_id', big, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('relationship_tasks_due')
    .on('relationship_tasks')
    .columns(['workspace_id', 'done_at', 'due_on'])
    .execute();

  await withId(db, db.schema.createTable('relationship_events'))
    .addColumn('relationship_id', big, (c) => c.notNull().references('relationships.id').onDelete('cascade'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', big, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('relationship_events_rel')
    .on('relationship_events')
    .columns(['relationship_id', 'at'])
    .execute();
}
