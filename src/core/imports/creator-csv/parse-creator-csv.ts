// A creator list exported from another tool (CSV text) → creator records and the reasons for the
// rows that cannot be imported. Pure: the caller reads the file and stores the records.
import { AppError } from '../../app-error.ts';
import type { CreatorRecord, Platform } from '../../creators/creator-record.ts';
import type { Parsed, Rejection } from '../rejection.ts';
import type { ColumnOverride } from './apply-column-overrides.ts';
import { columnLabel } from './column-label.ts';
import { describeColumnMap, type ColumnMapping } from './describe-column-map.ts';
import { mapColumns } from './map-columns.ts';
import { platformFromFileName } from './platform-from-file-name.ts';
import { readCreatorRow } from './read-creator-row.ts';
import { readCsvRecords } from './read-csv-records.ts';
import { resolveObservedAt } from './resolve-observed-at.ts';

export interface CreatorCsvOptions {
  /** The file's name (a path is fine); it can give the platform and the snapshot date. */
  fileName: string;
  /** Platform of every row, overriding a platform column and the file name. */
  platform?: Platform;
  /** When the numbers were true (ISO-8601); else the file name's date, else the import day. */
  observedAt?: string;
  /** When microreach read the file (ISO-8601). */
  fetchedAt: string;
  /** The user's corrections to the column mapping (see applyColumnOverrides). */
  columnOverrides?: readonly ColumnOverride[];
}

/** The parsed file and the column mapping chosen for it. */
export type ParsedCreatorCsv = Parsed<CreatorRecord> & { columns: ColumnMapping[] };

export function parseCreatorCsv(text: string, options: CreatorCsvOptions): ParsedCreatorCsv {
  const baseName = options.fileName.replace(/^.*[\\/]/, '');
  const csv = readCsvRecords(text);
  let fromFileName = options.platform ? undefined : platformFromFileName(baseName);
  const mapped = mapColumns({
    headers: csv.header,
    rows: csv.rows.map((r) => r.cells),
    platform: { option: options.platform, fromFileName },
    overrides: options.columnOverrides,
  });
  const { map, warnings } = mapped;
  // Account columns of one platform only ("Instagram URL" beside "Username", "Followers"): the file
  // is about that platform.
  const named = [...new Set(map.platformHandles.map((p) => p.platform))];
  if (!options.platform && !fromFileName && map.platform === undefined && named.length === 1) fromFileName = named[0];
  const platform = { option: options.platform, fromFileName };
  const headers = csv.header.map((_, i) => `"${columnLabel(csv.header, i)}"`).join(', ');
  if (map.handle === undefined && map.platformHandles.length === 0) {
    throw new AppError('validation_failed', `${baseName}: no column holds creator handles (columns: ${headers})`);
  }
  // Per-platform columns name their own platform; a generic handle column and account numbers need one.
  // A column of profile links names each row's platform itself.
  const accountColumns = map.numbers.some((n) => !n.platform) || map.texts.some((t) => t.field === 'audience_country');
  const platformKnown = options.platform || map.platform !== undefined || fromFileName || map.profileUrl !== undefined;
  if ((map.handle !== undefined || accountColumns) && !platformKnown) {
    throw new AppError(
      'bad_request',
      `${baseName}: cannot tell which platform the accounts are on; pass --platform instagram|tiktok|youtube, add a platform column, or name the platform in the file name`,
    );
  }
  const observed = resolveObservedAt(baseName, options.observedAt, options.fetchedAt);
  if (observed.warning) warnings.push(observed.warning);
  const provenance = { source: `csv:${baseName}`, observedAt: observed.observedAt, fetchedAt: options.fetchedAt };

  const records: Parsed<CreatorRecord>['records'] = [];
  const rejections: Rejection[] = [...csv.rejections];
  const firstRowOf = new Map<string, number>();
  for (const row of csv.rows) {
    const result = readCreatorRow(row.number, row.cells, { map, platform, provenance });
    if (result.kind === 'blank') continue;
    if (result.kind === 'rejected') {
      rejections.push(result.rejection);
      continue;
    }
    const keys = result.record.accounts.map((a) => ({ key: `${a.platform}:${a.handle}`, account: a }));
    const duplicate = keys.find((k) => firstRowOf.has(k.key));
    if (duplicate) {
      const { platform: on, handle } = duplicate.account;
      const column = map.handle ?? map.platformHandles.find((p) => p.platform === on)?.column;
      rejections.push({
        record: `row ${row.number}`,
        field: column === undefined ? 'handle' : columnLabel(csv.header, column),
        reason: `duplicate of row ${firstRowOf.get(duplicate.key)}: the same ${on} handle "${handle}"`,
      });
      continue;
    }
    for (const { key } of keys) firstRowOf.set(key, row.number);
    warnings.push(...result.warnings);
    records.push({ label: `row ${row.number}`, value: result.record });
  }
  rejections.sort((a, b) => rowOf(a) - rowOf(b));
  return { records, rejections, warnings, columns: describeColumnMap(map) };
}

const rowOf = (r: Rejection) => Number(/\d+/.exec(r.record)?.[0] ?? 0);
