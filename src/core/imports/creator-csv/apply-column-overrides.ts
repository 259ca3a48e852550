// The user's corrections to the column mapping chosen from headers and content: each named column
// is taken out of whatever it fed and given the meaning the user chose (or none).
import { AppError } from '../../app-error.ts';
import type { ColumnMap } from './column-map.ts';
import { parseColumnField } from './column-fields.ts';

export interface ColumnOverride {
  /** 0-based position in the file. */
  column: number;
  /** A name from COLUMN_FIELD_NAMES, or null: do not read this column. */
  field: string | null;
}

export function applyColumnOverrides(map: ColumnMap, overrides: readonly ColumnOverride[]): ColumnMap {
  let out = map;
  for (const { column, field } of overrides) {
    if (!Number.isInteger(column) || column < 0 || column >= map.headers.length) {
      const count = map.headers.length;
      throw new AppError(
        'validation_failed',
        `mapping: column ${column} is not a column of the file (it has ${count})`,
      );
    }
    out = withoutColumn(out, column);
    if (field === null) continue;
    const meaning = parseColumnField(field);
    if (!meaning) throw new AppError('validation_failed', `mapping: "${field}" is not a field a column can feed`);
    switch (meaning.kind) {
      case 'handle':
        out = { ...out, handle: column };
        break;
      case 'display_name':
        out = { ...out, displayName: column };
        break;
      case 'profile_url':
        out = { ...out, profileUrl: column };
        break;
      case 'platform':
        out = { ...out, platform: column };
        break;
      case 'category':
        out = { ...out, categories: [...out.categories, column] };
        break;
      case 'first_name':
        out = { ...out, nameParts: { ...out.nameParts, first: column } };
        break;
      case 'last_name':
        out = { ...out, nameParts: { ...out.nameParts, last: column } };
        break;
      case 'platform_handle':
        out = { ...out, platformHandles: [...out.platformHandles, { column, platform: meaning.platform }] };
        break;
      case 'number': {
        const same = out.numbers.find((n) => n.field === meaning.field && n.platform === meaning.platform);
        const rest = out.numbers.filter((n) => n !== same);
        // The user's column is read first; the ones found before stay as fallbacks.
        const on = meaning.platform ? { platform: meaning.platform } : {};
        const entry = { field: meaning.field, columns: [column, ...(same?.columns ?? [])], ...on };
        out = { ...out, numbers: [...rest, entry] };
        break;
      }
      case 'text': {
        const same = out.texts.find((t) => t.field === meaning.field);
        const entry = { field: meaning.field, columns: [column, ...(same?.columns ?? [])] };
        out = { ...out, texts: [...out.texts.filter((t) => t !== same), entry] };
        break;
      }
    }
  }
  return out;
}

function withoutColumn(map: ColumnMap, column: number): ColumnMap {
  const drop = (i: number | undefined) => (i === column ? undefined : i);
  const keep = (i: number) => i !== column;
  const nameParts = map.nameParts && { first: drop(map.nameParts.first), last: drop(map.nameParts.last) };
  return {
    ...map,
    handle: drop(map.handle),
    displayName: drop(map.displayName),
    profileUrl: drop(map.profileUrl),
    platform: drop(map.platform),
    nameParts,
    platformHandles: map.platformHandles.filter((p) => p.column !== column),
    numbers: map.numbers.map((n) => ({ ...n, columns: n.columns.filter(keep) })).filter((n) => n.columns.length > 0),
    texts: map.texts.map((t) => ({ ...t, columns: t.columns.filter(keep) })).filter((t) => t.columns.length > 0),
    categories: map.categories.filter((c) => c !== column),
  };
}
