/** Why a row cannot be imported: the column at fault (index, or a name when no column is) and the reason. */
export interface RowFailure {
  failed: true;
  column: number | string;
  reason: string;
}

export const rowFailure = (column: number | string, reason: string): RowFailure => ({ failed: true, column, reason });

export const isRowFailure = (value: object): value is RowFailure => 'failed' in value;
