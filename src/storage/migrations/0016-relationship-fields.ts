import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { bigCount, withId } from '../dialect.ts';

// Relationships, second slice (issue 13): task reminders and a workspace's own custom fields with their values
// per relationship. (Contact opt-outs live in `contact_opt_outs`, created by 0015 with the outreach tables.)
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  const workspace = (c: ColumnDefinitionBuilder) => c.notNull().references('workspaces.id').onDelete('cascade');

  await db.schema.alterTable('relationship_tasks').addColumn('remind_at', 'text').execute();
  await db.schema
    .createIndex('relationship_tasks_remind')
    .on('relationship_tasks')
    .columns(['workspace_id', 'assignee_user_id', 'done_at', 'remind_at'])
    .execute();

  await withId(db, db.schema.createTable('relationship_fields'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('relationship_fields_name', ['workspace_id', 'name'])
    .execute();

  await db.schema
    .createTable('relationship_field_values')
    .addColumn('relationship_id', big, (c) => c.notNull().references('relationships.id').onDelete('cascade'))
    .addColumn('field_id', big, (c) => c.notNull().references('relationship_fields.id').onDelete('cascade'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('relationship_field_values_pk', ['relationship_id', 'field_id'])
    .execute();
  await db.schema
    .createIndex('relationship_field_values_filter')
    .on('relationship_field_values')
    .columns(['workspace_id', 'field_id', 'value'])
    .execute();
}
