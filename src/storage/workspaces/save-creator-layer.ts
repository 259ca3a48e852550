// Writes what one workspace knows about a creator from its own files (name, email, country,
// language, categories) into that workspace's layer. Never touches the shared creators row.
import type { Kysely } from 'kysely';
import type { CreatorRecord } from '../../core/creators/creator-record.ts';
import { changedFields } from '../creators/changed-fields.ts';
import { fromJsonArray, toJsonArray } from '../creators/json-columns.ts';
import type { Database } from '../schema.ts';

export type CreatorLayerValues = Pick<CreatorRecord, 'displayName' | 'email' | 'country' | 'language' | 'categories'>;

/** Upserts the workspace's values for a creator; returns whether anything changed. */
export async function saveCreatorLayer(
  db: Kysely<Database>,
  key: { workspaceId: number; creatorId: number },
  values: CreatorLayerValues,
  meta: { source: string; now: string },
): Promise<boolean> {
  const fields = {
    display_name: values.displayName,
    email: values.email,
    country: values.country,
    language: values.language,
  };
  const categories = values.categories ?? [];
  if (Object.values(fields).every((v) => v === undefined) && categories.length === 0) return false;
  const current = await db
    .selectFrom('workspace_creator_data')
    .selectAll()
    .where('workspace_id', '=', key.workspaceId)
    .where('creator_id', '=', key.creatorId)
    .executeTakeFirst();
  if (!current) {
    await db
      .insertInto('workspace_creator_data')
      .values({
        workspace_id: key.workspaceId,
        creator_id: key.creatorId,
        display_name: fields.display_name ?? null,
        email: fields.email ?? null,
        country: fields.country ?? null,
        language: fields.language ?? null,
        categories: toJsonArray(unique(categories)),
        notes: null,
        source: meta.source,
        updated_at: meta.now,
      })
      .execute();
    return true;
  }
  const diff: Record<string, unknown> = changedFields<Record<string, unknown>>(current, fields);
  const known = fromJsonArray(current.categories);
  const merged = unique([...known, ...categories]);
  if (merged.length !== known.length) diff.categories = toJsonArray(merged);
  if (Object.keys(diff).length === 0) return false;
  await db
    .updateTable('workspace_creator_data')
    .set({ ...diff, source: meta.source, updated_at: meta.now })
    .where('workspace_id', '=', key.workspaceId)
    .where('creator_id', '=', key.creatorId)
    .execute();
  return true;
}

const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];
