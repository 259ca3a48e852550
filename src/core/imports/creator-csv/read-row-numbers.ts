// The numbers of one row: profile numbers for an account (followers, following, posts) and
// everything else the source reported, kept as reported metrics under stable names. Numbers whose
// header names a platform ("Instagram followers") describe that platform's account.
import { countryCode } from '../../countries/country-code.ts';
import type { Platform, ReportedValue } from '../../creators/creator-record.ts';
import { isMissingValue } from '../../numbers/is-missing-value.ts';
import { parseCount } from '../../numbers/parse-count.ts';
import { parseRate } from '../../numbers/parse-rate.ts';
import { repairMojibake } from '../../text/repair-mojibake.ts';
import type { CountScale } from './classify-header.ts';
import type { ColumnMap } from './column-map.ts';
import { NUMBER_FIELDS, type AccountNumber } from './creator-csv-fields.ts';
import { readNumberCells } from './read-number-cells.ts';
import { rowFailure, type RowFailure } from './row-failure.ts';

export interface AccountNumbers {
  profile: Partial<Record<AccountNumber, number>>;
  reported: ReportedValue[];
  /** The first column read, to name in a warning when the numbers belong to no account. */
  firstColumn?: number;
}

export interface RowNumbers extends AccountNumbers {
  /** Numbers of named platforms ("Subs – YouTube"). */
  perPlatform: Partial<Record<Platform, AccountNumbers>>;
}

// A header unit ("Followers (k)") is applied as the suffix the cell would carry, so decimals stay exact.
const scaled = (scale: CountScale | undefined) => (text: string) =>
  parseCount(scale && /\d\s*$/.test(text) ? `${text.trim()}${scale}` : text);

export function readRowNumbers(cells: readonly string[], map: ColumnMap): RowNumbers | RowFailure {
  const result: RowNumbers = { profile: {}, reported: [], perPlatform: {} };
  for (const { field, columns, platform, scale } of map.numbers) {
    const spec = NUMBER_FIELDS[field];
    const read = readNumberCells(cells, columns, spec.parse === 'rate' ? parseRate : scaled(scale));
    if (!read.ok) return rowFailure(read.column, read.reason);
    if (read.value === null) continue;
    const target = platform ? (result.perPlatform[platform] ??= { profile: {}, reported: [] }) : result;
    target.firstColumn ??= columns[0];
    if ('account' in spec) {
      if (!Number.isInteger(read.value))
        return rowFailure(columns[0] ?? field, `${read.value} is not a whole number of ${field}`);
      target.profile[spec.account] = read.value;
    } else target.reported.push({ metric: field, value: read.value });
  }
  // The audience's top country is textual: kept as an ISO code when recognised, else as written.
  const audience = map.texts
    .find((t) => t.field === 'audience_country')
    ?.columns.map((c) => cells[c] ?? '')
    .find((v) => !isMissingValue(v));
  if (audience !== undefined) {
    const name = repairMojibake(audience.trim());
    result.reported.push({ metric: 'audience_top_country', text: countryCode(name) ?? name });
  }
  return result;
}
