// The column mapping the parser chose, as a user reads it: every column of the file with the field
// it feeds (or null when it is not read), so an import screen can show what went where.
import { columnLabel } from './column-label.ts';
import type { ColumnMap } from './column-map.ts';

export interface ColumnMapping {
  /** 0-based position in the file. */
  column: number;
  /** The header as written (or "column N" when empty). */
  header: string;
  /** A name from COLUMN_FIELD_NAMES ("handle", "followers:youtube", "handle:instagram"…); null = not read. */
  field: string | null;
  /** Set when a field has several columns: which one is read first. */
  note?: string;
}

export function describeColumnMap(map: ColumnMap): ColumnMapping[] {
  const fields = new Map<number, { field: string; note?: string }>();
  if (map.profileUrl !== undefined) {
    const asHandle = map.handle === map.profileUrl ? { note: 'read as the handle' } : {};
    fields.set(map.profileUrl, { field: 'profile_url', ...asHandle });
  }
  if (map.handle !== undefined && map.handle !== map.profileUrl) fields.set(map.handle, { field: 'handle' });
  if (map.displayName !== undefined) fields.set(map.displayName, { field: 'display_name' });
  if (map.nameParts?.first !== undefined) fields.set(map.nameParts.first, { field: 'first_name' });
  if (map.nameParts?.last !== undefined) fields.set(map.nameParts.last, { field: 'last_name' });
  if (map.platform !== undefined) fields.set(map.platform, { field: 'platform' });
  for (const p of map.platformHandles) fields.set(p.column, { field: `handle:${p.platform}` });
  for (const n of map.numbers) {
    const field = n.platform ? `${n.field}:${n.platform}` : n.field;
    n.columns.forEach((c, i) =>
      fields.set(c, {
        field,
        note: n.columns.length > 1 ? (i === 0 ? 'read first' : 'used when the first column is empty') : undefined,
      }),
    );
  }
  for (const t of map.texts) {
    t.columns.forEach((c, i) =>
      fields.set(c, {
        field: t.field,
        note: t.columns.length > 1 ? (i === 0 ? 'read first' : 'used when the first column is empty') : undefined,
      }),
    );
  }
  for (const c of map.categories) fields.set(c, { field: 'category' });
  return map.headers.map((_, column) => {
    const f = fields.get(column);
    return {
      column,
      header: columnLabel(map.headers, column),
      field: f?.field ?? null,
      ...(f?.note ? { note: f.note } : {}),
    };
  });
}
