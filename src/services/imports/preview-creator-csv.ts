// How a creator CSV will be read, before anything is stored: the column mapping (with the user's
// corrections), the first rows as records or rejections, and how many rows import. Nothing is written.
import { AppError } from '../../core/app-error.ts';
import { PLATFORMS, type CreatorRecord, type Platform } from '../../core/creators/creator-record.ts';
import { parseDateText } from '../../core/dates/parse-date-text.ts';
import type { ColumnOverride } from '../../core/imports/creator-csv/apply-column-overrides.ts';
import { COLUMN_FIELD_NAMES } from '../../core/imports/creator-csv/column-fields.ts';
import type { ColumnMapping } from '../../core/imports/creator-csv/describe-column-map.ts';
import { parseCreatorCsv } from '../../core/imports/creator-csv/parse-creator-csv.ts';
import type { Rejection } from '../../core/imports/rejection.ts';
import { decodeText } from '../../core/text/decode-text.ts';

export interface PreviewCreatorCsvInput {
  fileName: string;
  content: string | Uint8Array;
  platform?: Platform;
  observedAt?: string;
  columnOverrides?: readonly ColumnOverride[];
  /** How many of the first rows to show (default 10). */
  rows?: number;
  now?: () => Date;
}

export type PreviewRow =
  | { row: string; status: 'read'; record: CreatorRecord }
  | { row: string; status: 'rejected'; rejection: Rejection };

export interface CreatorCsvPreview {
  file: string;
  columns: ColumnMapping[];
  fields: readonly string[];
  rows: PreviewRow[];
  totalRows: number;
  rejected: number;
  warnings: string[];
}

export function previewCreatorCsv(input: PreviewCreatorCsvInput): CreatorCsvPreview {
  if (input.platform !== undefined && !PLATFORMS.includes(input.platform)) {
    throw new AppError('bad_request', `unknown platform "${input.platform}" (use ${PLATFORMS.join(', ')})`);
  }
  const observedAt = input.observedAt === undefined ? undefined : parseDateText(input.observedAt);
  if (input.observedAt !== undefined && !observedAt) {
    throw new AppError('bad_request', `observed_at must be a date like 2022-03-01, got "${input.observedAt}"`);
  }
  const decoded = decodeText(input.content);
  const parsed = parseCreatorCsv(decoded.text, {
    fileName: input.fileName,
    platform: input.platform,
    observedAt,
    fetchedAt: (input.now?.() ?? new Date()).toISOString(),
    columnOverrides: input.columnOverrides,
  });
  if (decoded.warning) parsed.warnings.unshift(decoded.warning);
  const rows: PreviewRow[] = [
    ...parsed.records.map((r): PreviewRow => ({ row: r.label, status: 'read', record: r.value })),
    ...parsed.rejections.map((r): PreviewRow => ({ row: r.record, status: 'rejected', rejection: r })),
  ].sort((a, b) => rowNumber(a.row) - rowNumber(b.row));
  return {
    file: input.fileName,
    columns: parsed.columns,
    fields: COLUMN_FIELD_NAMES,
    rows: rows.slice(0, input.rows ?? 10),
    totalRows: parsed.records.length,
    rejected: parsed.rejections.length,
    warnings: parsed.warnings,
  };
}

const rowNumber = (label: string) => Number(/\d+/.exec(label)?.[0] ?? 0);
