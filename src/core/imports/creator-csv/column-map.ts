import type { Platform } from '../../creators/creator-record.ts';
import type { NumberField, TextField } from './creator-csv-fields.ts';

/** Which columns (0-based indexes) feed which part of a creator record. */
export interface ColumnMap {
  /** Headers as written in the file; rejections name columns by these. */
  headers: string[];
  handle?: number;
  displayName?: number;
  /** Per-platform account columns ("instagram", "tiktok url"): one creator, several accounts. */
  platformHandles: { column: number; platform: Platform }[];
  /** A column giving each row's platform. */
  platform?: number;
  /** For each field its columns in order of preference (exact copy first); a cell falls back to the next. */
  numbers: { field: NumberField; columns: number[] }[];
  texts: { field: Exclude<TextField, 'platform'>; columns: number[] }[];
  categories: number[];
}
