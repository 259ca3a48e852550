import type { NumberCell } from '../../numbers/number-cell.ts';

export type NumberRead = { ok: true; value: number | null } | { ok: false; column: number; reason: string };

/**
 * One number from a row, reading the given columns in order of preference: the first readable
 * value wins (so a display copy "409.8M" stands in when the exact copy is blank or broken). Null
 * when every column is empty; an error, naming the preferred broken column, when none is readable.
 */
export function readNumberCells(
  cells: readonly string[],
  columns: readonly number[],
  parse: (text: string) => NumberCell,
): NumberRead {
  let failure: NumberRead | undefined;
  for (const column of columns) {
    const read = parse(cells[column] ?? '');
    if (!read.ok) failure ??= { ok: false, column, reason: read.reason };
    else if (read.value !== null) return read;
  }
  return failure ?? { ok: true, value: null };
}
