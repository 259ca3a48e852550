// The meanings a user can give a column when correcting the mapping, in the same words the mapping
// is described with ("handle", "display_name", "followers", "followers:youtube", "handle:tiktok"…).
import { PLATFORMS, type Platform } from '../../creators/creator-record.ts';
import { NUMBER_FIELDS, TEXT_FIELDS, type NumberField, type TextField } from './creator-csv-fields.ts';

export type ColumnField =
  | { kind: (typeof SIMPLE)[number] }
  | { kind: 'platform_handle'; platform: Platform }
  | { kind: 'number'; field: NumberField; platform?: Platform }
  | { kind: 'text'; field: CreatorText };

const SIMPLE = ['handle', 'display_name', 'first_name', 'last_name', 'profile_url', 'platform', 'category'] as const;
const NUMBERS = Object.keys(NUMBER_FIELDS) as NumberField[];
type CreatorText = Exclude<TextField, 'platform'>;
const TEXTS = (Object.keys(TEXT_FIELDS) as TextField[]).filter((f): f is CreatorText => f !== 'platform');

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
  if (NUMBERS.includes(base as NumberField)) {
    return { kind: 'number', field: base as NumberField, ...(platform ? { platform } : {}) };
  }
  if (platform) return undefined;
  if ((SIMPLE as readonly string[]).includes(base)) return { kind: base as (typeof SIMPLE)[number] };
  if (TEXTS.includes(base as CreatorText)) return { kind: 'text', field: base as CreatorText };
  return undefined;
}
