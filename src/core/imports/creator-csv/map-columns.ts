// Turns a header row (and the content under it) into a ColumnMap, with a warning for every column
// that is read differently from its header or not read at all.
import { normalizeHandle } from '../../creators/normalize-handle.ts';
import { PLATFORMS } from '../../creators/creator-record.ts';
import { isMissingValue } from '../../numbers/is-missing-value.ts';
import { parseCount } from '../../numbers/parse-count.ts';
import { parseRate } from '../../numbers/parse-rate.ts';
import { chooseIdentityColumns, type IdentityCandidate } from './choose-identity-columns.ts';
import { classifyHeader } from './classify-header.ts';
import { columnLabel } from './column-label.ts';
import type { ColumnMap } from './column-map.ts';
import { NUMBER_FIELDS, type NumberField, type TextField } from './creator-csv-fields.ts';
import { inspectNumberColumn } from './inspect-number-column.ts';
import { rowPlatform, type PlatformSources } from './row-platform.ts';

export interface MapColumnsInput {
  headers: string[];
  rows: string[][];
  /** Where rows get their platform besides a platform column (needed to judge which values are handles). */
  platform: Omit<PlatformSources, 'column'>;
}

export function mapColumns({ headers, rows, platform }: MapColumnsInput): { map: ColumnMap; warnings: string[] } {
  const warnings: string[] = [];
  const column = (i: number) => rows.map((r) => r[i] ?? '');
  const name = (i: number) => `"${columnLabel(headers, i)}"`;
  const map: ColumnMap = { headers, platformHandles: [], numbers: [], texts: [], categories: [] };
  const numbers = new Map<NumberField, { column: number; exactShare: number }[]>();
  const texts = new Map<Exclude<TextField, 'platform'>, number[]>();
  const identity: { column: number; hint: 'handle' | 'name' }[] = [];
  const ignored: number[] = [];
  const addText = (field: Exclude<TextField, 'platform'>, i: number) => texts.set(field, [...(texts.get(field) ?? []), i]);

  headers.forEach((header, i) => {
    const role = classifyHeader(header);
    switch (role.role) {
      case 'number': {
        const parse = NUMBER_FIELDS[role.field].parse === 'rate' ? parseRate : parseCount;
        const verdict = inspectNumberColumn(column(i), parse);
        if (verdict.kind === 'numbers') numbers.set(role.field, [...(numbers.get(role.field) ?? []), { column: i, exactShare: verdict.exactShare }]);
        else if (verdict.kind === 'countries') {
          addText('audience_country', i);
          warnings.push(`column ${name(i)} holds country names, not numbers (e.g. "${verdict.example}"): read as the audience country`);
        } else warnings.push(`column ${name(i)} is mostly not numbers (e.g. "${verdict.example}"): ignored`);
        break;
      }
      case 'text':
        if (role.field === 'platform') {
          if (map.platform === undefined) map.platform = i;
          else ignored.push(i);
        } else addText(role.field, i);
        break;
      case 'category':
        map.categories.push(i);
        break;
      case 'platform_handle':
        map.platformHandles.push({ column: i, platform: role.platform });
        break;
      case 'identity':
        identity.push({ column: i, hint: role.hint });
        break;
      default:
        if (header.trim() || column(i).some((v) => v.trim())) ignored.push(i);
    }
  });

  const sources: PlatformSources = { ...platform, column: map.platform };
  const candidates: IdentityCandidate[] = identity.map((c) => ({ ...c, handleShare: handleShare(rows, c.column, sources) }));
  const choice = chooseIdentityColumns(candidates, map.platformHandles.length > 0);
  map.handle = choice.handle;
  map.displayName = choice.displayName;
  ignored.push(...choice.unused);
  // The exact copy of a duplicated column ("409800000" beside "409.8M") is read first.
  for (const [field, cols] of numbers) map.numbers.push({ field, columns: [...cols].sort((a, b) => b.exactShare - a.exactShare || a.column - b.column).map((c) => c.column) });
  for (const [field, columns] of texts) map.texts.push({ field, columns });
  if (ignored.length) warnings.push(`ignored columns not recognised: ${ignored.sort((a, b) => a - b).map(name).join(', ')}`);
  return { map, warnings };
}

function handleShare(rows: string[][], i: number, sources: PlatformSources): number {
  let filled = 0;
  let valid = 0;
  for (const cells of rows) {
    const value = cells[i] ?? '';
    if (isMissingValue(value)) continue;
    filled += 1;
    const found = rowPlatform(cells, sources);
    const platforms = found.ok && found.platform ? [found.platform] : PLATFORMS;
    if (platforms.some((p) => normalizeHandle(p, value) !== undefined)) valid += 1;
  }
  return filled ? valid / filled : 0;
}
