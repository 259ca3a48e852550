// The meanings a user can give a column when correcting the mapping, in the same words the mapping
// is described with ("handle", "display_name", "followers", "followers:youtube", "handle:tiktok"…).
import { PLATFORMS, type Platform } from '../../creators/creator-record.ts';
import { NUMBER_FIELDS, TEXT_FIELDS, type NumberField, type TextField } from './creator-csv-fields.ts';

export type ColumnField =
  | { kind: 'handle' } | { kind: 'display_name' } | { kind: 'profile_url' } | { kind: 'platform' } | { kind: 'category' }
  | { kind: 'first_name' } | { kind: 'last_name' }
  | { kind: 'platform_handle'; platform: Platform }
  | { kind: 'number'; field: NumberField; platform?: Platform }
  | { kind: 'text'; field: Exclude<TextField, 'platform'> };

const SIMPLE = ['handle', 'display_name', 'first_name', 'last_name', 'profile_url', 'platform', 'category'] as const;
const NUMBERS = Object.keys(NUMBER_FIELDS) as NumberField[];
const TEXTS = (Object.keys(TEXT_FIELDS) as TextField[]).filter((f): f is Exclude<TextField, 'platform'> => f !== 'platform');

/** Every meaning a column can be given, as the API and the import screen name them. */
export const COLUMN_FIELD_NAMES: readonly string[] = [
  ...SIMPLE,
  ...PLATFORMS.map((p) => `handle:${p}`),
  ...NUMBERS.flatMap((f) => [f, ...PLATFORMS.map((p) => `${f}:${p}`)]),
  ...TEXTS,
];

/** A field name ("followers:youtube") → its meaning, or undefined when it names nothing we read. */
export function parseColumnField(name: string): ColumnField | undefined {
  const [base = '', on] = name.split(':', 2);
  const platform = on === undefined ? undefined : PLATFORMS.find((p) => p === on);
  if (on !== undefined && !platform) return undefined;
  if (base === 'handle' && platform) return { kind: 'platform_handle', platform };
  if (NUMBERS.includes(base as NumberField)) return { kind: 'number', field: base as NumberField, ...(platform ? { platform } : {}) };
  if (platform) return undefined;
  if ((SIMPLE as readonly string[]).includes(base)) return { kind: base as (typeof SIMPLE)[number] };
  if (TEXTS.includes(base as Exclude<TextField, 'platform'>)) return { kind: 'text', field: base as Exclude<TextField, 'platform'> };
  return undefined;
}
