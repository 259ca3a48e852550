// CSV text → the header and the data rows, each with its row number (1-based, header = row 1,
// counting records as csv-parse reports them, so quoted fields with line breaks count once).
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import type { Rejection } from '../rejection.ts';

export interface CsvRow {
  number: number;
  cells: string[];
}

export interface CsvRecords {
  header: string[];
  headerRow: number;
  rows: CsvRow[];
  /** Records csv-parse could not read (an unclosed quote…). */
  rejections: Rejection[];
}

// With `info: true` csv-parse returns { record, info } objects, which its types do not say.
const recordsSchema = z.array(z.object({ record: z.array(z.string()), info: z.object({ records: z.number() }) }));

export function readCsvRecords(text: string): CsvRecords {
  const rejections: Rejection[] = [];
  let parsed: unknown;
  try {
    parsed = parse(text, {
      info: true,
      relax_column_count: true,
      // A stray quote inside a field (ab"c) is kept as text instead of derailing every later row.
      relax_quotes: true,
      skip_empty_lines: false,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error)
          rejections.push({ record: `row ${Number(error.records ?? 0) + 1}`, field: '(csv)', reason: error.message });
        return undefined;
      },
    });
  } catch (error) {
    throw new AppError('validation_failed', `not a readable CSV file: ${(error as Error).message}`);
  }
  const records = recordsSchema.parse(parsed);
  const headerIndex = records.findIndex((r) => r.record.some((cell) => cell.trim() !== ''));
  const header = records[headerIndex];
  if (!header) throw new AppError('validation_failed', 'the file has no header row');
  return {
    header: header.record,
    headerRow: header.info.records,
    rows: records.slice(headerIndex + 1).map((r) => ({ number: r.info.records, cells: r.record })),
    rejections,
  };
}
