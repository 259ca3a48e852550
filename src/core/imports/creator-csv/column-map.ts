import type { Platform } from '../../creators/creator-record.ts';
import type { CountScale } from './classify-header.ts';
import type { NumberField, TextField } from './creator-csv-fields.ts';

/** One number of the record and the columns it is read from. */
export interface NumberColumns {
  field: NumberField;
  /** Columns in order of preference (exact copy first); a cell falls back to the next. */
  columns: number[];
  /** The account the number describes when the header names a platform ("Instagram followers"). */
  platform?: Platform;
  /** The header's unit ("Followers (k)"): cells count thousands or millions. */
  scale?: CountScale;
}

/** Which columns (0-based indexes) feed which part of a creator record. */
export interface ColumnMap {
  /** Headers as written in the file; rejections name columns by these. */
  headers: string[];
  handle?: number;
  displayName?: number;
  /** "First name" and "Last name" columns, joined into the display name when there is no other. */
  nameParts?: { first?: number; last?: number };
  /** A column of profile links: gives each row's platform (and its handle when no other column does). */
  profileUrl?: number;
  /** Per-platform account columns ("instagram", "tiktok url"): one creator, several accounts. */
  platformHandles: { column: number; platform: Platform }[];
  /** A column giving each row's platform. */
  platform?: number;
  numbers: NumberColumns[];
  texts: { field: Exclude<TextField, 'platform'>; columns: number[] }[];
  categories: number[];
}
