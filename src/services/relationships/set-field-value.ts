// One custom field value of a relationship: checked against the field's type, stored as canonical text,
// and kept on the timeline (old and new value), in one transaction.
import { checkFieldValue } from '../../core/relationships/custom-fields.ts';
import type { DB } from '../../storage/connect.ts';
import { recordEvent } from '../../storage/relationships/record-event.ts';
import { findField, saveFieldValue } from '../../storage/relationships/relationship-fields.ts';
import type { Who } from './change-relationship.ts';
import { ensureRelationship } from './ensure-relationship.ts';

export async function setFieldValue(
  db: DB,
  who: Who,
  creatorId: number,
  input: { field_id: number; value: string | number | null },
): Promise<void> {
  const field = await findField(db, who.workspaceId, input.field_id);
  const value = input.value === null ? null : checkFieldValue(field, input.value);
  await db.transaction().execute(async (trx) => {
    const r = await ensureRelationship(trx, who.workspaceId, creatorId, who.userId);
    const before = await trx
      .selectFrom('relationship_field_values')
      .select('value')
      .where('relationship_id', '=', r.id)
      .where('field_id', '=', field.id)
      .executeTakeFirst();
    const from = before?.value ?? null;
    // The same value again is not a change: nothing is written, nothing is added to the timeline.
    if (from === value) return;
    await saveFieldValue(trx, who.workspaceId, r.id, field.id, value);
    await trx
      .updateTable('relationships')
      .set({ updated_at: new Date().toISOString() })
      .where('id', '=', r.id)
      .execute();
    await recordEvent(trx, {
      workspaceId: who.workspaceId,
      relationshipId: r.id,
      kind: 'field_changed',
      actorUserId: who.userId,
      details: { field_id: field.id, field: field.name, from, to: value },
    });
  });
}
