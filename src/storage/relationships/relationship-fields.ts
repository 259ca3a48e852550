// A workspace's custom relationship fields and their values (checked by core/relationships/custom-fields.ts).
import { AppError } from '../../core/app-error.ts';
import type { FieldDefinition, FieldType } from '../../core/relationships/custom-fields.ts';
import type { DB } from '../connect.ts';

const toField = (r: { id: unknown; name: string; type: string; options: string }): FieldDefinition => ({
  id: Number(r.id),
  name: r.name,
  type: r.type as FieldType,
  options: JSON.parse(r.options) as string[],
});

export async function listFields(db: DB, workspaceId: number): Promise<FieldDefinition[]> {
  const rows = await db
    .selectFrom('relationship_fields')
    .select(['id', 'name', 'type', 'options'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
  return rows.map(toField);
}

export async function findField(db: DB, workspaceId: number, fieldId: number, path = 'field_id') {
  const row = await db
    .selectFrom('relationship_fields')
    .select(['id', 'name', 'type', 'options'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', fieldId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `Field ${fieldId} was not found`, [{ path, message: 'unknown field' }]);
  return toField(row);
}

export async function createField(db: DB, workspaceId: number, input: Omit<FieldDefinition, 'id'>) {
  const taken = await db
    .selectFrom('relationship_fields')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('name', '=', input.name)
    .executeTakeFirst();
  if (taken)
    throw new AppError('conflict', `A field named "${input.name}" already exists`, [
      { path: 'name', message: 'already used' },
    ]);
  const row = await db
    .insertInto('relationship_fields')
    .values({
      workspace_id: workspaceId,
      name: input.name,
      type: input.type,
      options: JSON.stringify(input.options),
      created_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return findField(db, workspaceId, Number(row.id));
}

/** Sets (or, with null, clears) one value; the caller has checked it. */
export async function saveFieldValue(
  db: DB,
  workspaceId: number,
  relationshipId: number,
  fieldId: number,
  value: string | null,
): Promise<void> {
  if (value === null) {
    await db
      .deleteFrom('relationship_field_values')
      .where('workspace_id', '=', workspaceId)
      .where('relationship_id', '=', relationshipId)
      .where('field_id', '=', fieldId)
      .execute();
    return;
  }
  const now = new Date().toISOString();
  await db
    .insertInto('relationship_field_values')
    .values({ workspace_id: workspaceId, relationship_id: relationshipId, field_id: fieldId, value, updated_at: now })
    .onConflict((oc) => oc.columns(['relationship_id', 'field_id']).doUpdateSet({ value, updated_at: now }))
    .execute();
}

/** The values of many relationships at once (the table and the board show them). */
export async function fieldValuesOf(db: DB, workspaceId: number, relationshipIds: readonly number[]) {
  if (relationshipIds.length === 0) return [];
  const rows = await db
    .selectFrom('relationship_field_values')
    .select(['relationship_id', 'field_id', 'value'])
    .where('workspace_id', '=', workspaceId)
    .where('relationship_id', 'in', [...relationshipIds])
    .orderBy('field_id')
    .execute();
  return rows.map((r) => ({
    relationship_id: Number(r.relationship_id),
    field_id: Number(r.field_id),
    value: r.value,
  }));
}
