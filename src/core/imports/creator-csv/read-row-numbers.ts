// The numbers of one row: profile numbers for the account (followers, following, posts) and
// everything else the source reported, kept as reported metrics under stable names.
import { countryCode } from '../../countries/country-code.ts';
import type { ReportedValue } from '../../creators/creator-record.ts';
import { isMissingValue } from '../../numbers/is-missing-value.ts';
import { parseCount } from '../../numbers/parse-count.ts';
import { parseRate } from '../../numbers/parse-rate.ts';
import { repairMojibake } from '../../text/repair-mojibake.ts';
import type { ColumnMap } from './column-map.ts';
import { NUMBER_FIELDS, type AccountNumber } from './creator-csv-fields.ts';
import { readNumberCells } from './read-number-cells.ts';
import { rowFailure, type RowFailure } from './row-failure.ts';

export interface RowNumbers {
  profile: Partial<Record<AccountNumber, number>>;
  reported: ReportedValue[];
}

export function readRowNumbers(cells: readonly string[], map: ColumnMap): RowNumbers | RowFailure {
  const profile: RowNumbers['profile'] = {};
  const reported: ReportedValue[] = [];
  for (const { field, columns } of map.numbers) {
    const spec = NUMBER_FIELDS[field];
    const read = readNumberCells(cells, columns, spec.parse === 'rate' ? parseRate : parseCount);
    if (!read.ok) return rowFailure(read.column, read.reason);
    if (read.value === null) continue;
    if ('account' in spec) {
      if (!Number.isInteger(read.value)) return rowFailure(columns[0] ?? field, `${read.value} is not a whole number of ${field}`);
      profile[spec.account] = read.value;
    } else reported.push({ metric: field, value: read.value });
  }
  // The audience's top country is textual: kept as an ISO code when recognised, else as written.
  const audience = map.texts.find((t) => t.field === 'audience_country')?.columns
    .map((c) => cells[c] ?? '').find((v) => !isMissingValue(v));
  if (audience !== undefined) {
    const name = repairMojibake(audience.trim());
    reported.push({ metric: 'audience_top_country', text: countryCode(name) ?? name });
  }
  return { profile, reported };
}
