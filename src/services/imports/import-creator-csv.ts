// Imports one creator-list CSV into a workspace: decode, parse (pure core), then store through
// runImport, which writes in bounded transactions and logs the run. Idempotent: the same file
// with the same observation date changes nothing the second time.
import { AppError } from '../../core/app-error.ts';
import { PLATFORMS, type Platform } from '../../core/creators/creator-record.ts';
import { parseDateText } from '../../core/dates/parse-date-text.ts';
import type { ColumnOverride } from '../../core/imports/creator-csv/apply-column-overrides.ts';
import type { ColumnMapping } from '../../core/imports/creator-csv/describe-column-map.ts';
import { parseCreatorCsv } from '../../core/imports/creator-csv/parse-creator-csv.ts';
import { decodeText } from '../../core/text/decode-text.ts';
import type { DB } from '../../storage/connect.ts';
import { runImport, type ImportSummary } from './run-import.ts';

export interface ImportCreatorCsvInput {
  workspaceId: number;
  /** Name or path of the file; it can give the platform and the snapshot date. */
  fileName: string;
  /** The file's bytes or text; a UTF-8 byte order mark is dropped. */
  content: string | Uint8Array;
  platform?: Platform;
  /** When the numbers were true: "2022-03-01", "2022-03" or an ISO timestamp. */
  observedAt?: string;
  /** The user's corrections to the column mapping (from the preview). */
  columnOverrides?: readonly ColumnOverride[];
  onProgress?: (done: number, total: number) => void;
  /** Records per transaction (runImport's default when unset). */
  batchSize?: number;
  /** Test hook, see runImport. */
  beforeRecord?: (label: string) => void;
  now?: () => Date;
}

export const CREATOR_CSV_IMPORT_KIND = 'creator_csv';

/** The import summary plus the column mapping the parser chose. */
export type CreatorCsvImportSummary = ImportSummary & { columns: ColumnMapping[] };

export async function importCreatorCsv(db: DB, input: ImportCreatorCsvInput): Promise<CreatorCsvImportSummary> {
  if (input.platform !== undefined && !PLATFORMS.includes(input.platform)) {
    throw new AppError('bad_request', `unknown platform "${input.platform}" (use ${PLATFORMS.join(', ')})`);
  }
  const observedAt = input.observedAt === undefined ? undefined : parseDateText(input.observedAt);
  if (input.observedAt !== undefined && !observedAt) {
    throw new AppError('bad_request', `--observed-at must be a date like 2022-03-01, got "${input.observedAt}"`);
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
  const summary = await runImport(db, parsed, {
    workspaceId: input.workspaceId,
    kind: CREATOR_CSV_IMPORT_KIND,
    // A workspace's file is its own knowledge: it never rewrites the shared layer.
    layer: 'workspace',
    fileName: input.fileName,
    onProgress: input.onProgress,
    batchSize: input.batchSize,
    beforeRecord: input.beforeRecord,
  });
  return { ...summary, columns: parsed.columns };
}
